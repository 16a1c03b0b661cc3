import TabledModel

/// A decision notice (record of decisions) ready to write: its tree, page header and dates.
public struct DecisionNotice: Sendable {
    /// One item as the public notice gives it, for its JSON form.
    public struct Item: Sendable {
        public var number: Int
        public var title: String
        /// As written (Markdown): the decision, or for an item taken in private the decision in general terms.
        public var decision: String
        public var reasons: String?
        public var alternatives: String?
        public var interests: String?
        public var keyDecision: String?
        /// For an item taken in private: the notice printed instead of its report.
        public var privateNotice: String?
    }

    /// The file name without extension: `cabinet-2026-12-15-decisions`.
    public var name: String
    public var title: String
    /// The running header's parts.
    public var header: [String]
    public var blocks: [Block]
    public var published: ISODate
    public var callIn: ISODate
    public var items: [Item] = []
    /// The council, body and date, for the JSON form.
    public var council: String?
    public var body: String = ""
    public var date: ISODate = ISODate(year: 2000, month: 1, day: 1)
}
