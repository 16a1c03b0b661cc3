import TabledModel

/// A meeting as open data: what `meeting.ics`, `meeting.json`, `meetings.ics` and `feed.atom`
/// say of it. Made from the public view only: an exempt item is its number, title and notice.
public struct OpenMeeting: Sendable {
    /// One item of business.
    public struct Item: Sendable {
        public var number: Int
        public var title: String
        /// 1 in public; 2 after the exclusion of the press and public.
        public var part: Int
        /// "standard", "item" (written out in the agenda) or "report".
        public var kind: String
        /// Who the report is from.
        public var from: String?
        /// The forward plan reference of a key decision.
        public var keyDecision: String?
        /// For an exempt item: its notice, the only words of it that are public.
        public var exemptNotice: String?
        /// Paths of its public files, inside the meeting's folder.
        public var documents: [String]
        /// The supplementary agenda it follows in, if it is late.
        public var supplement: Int?

        public init(number: Int, title: String, part: Int, kind: String, from: String? = nil, keyDecision: String? = nil,
                    exemptNotice: String? = nil, documents: [String], supplement: Int? = nil) {
            self.supplement = supplement
            self.number = number
            self.title = title
            self.part = part
            self.kind = kind
            self.from = from
            self.keyDecision = keyDecision
            self.exemptNotice = exemptNotice
            self.documents = documents
        }
    }

    /// The meeting's folder: `cabinet-2006-03-21`.
    public var folder: String
    public var council: String?
    public var body: String
    public var date: ISODate
    /// Hour and minute, when the agenda gives a time that reads as one.
    public var time: (hour: Int, minute: Int)?
    public var venue: String?
    public var published: ISODate?
    /// The meeting's public documents (front sheet, pack), by path inside its folder.
    public var documents: [(title: String, path: String)]
    public var items: [Item]
    /// The supplementary agendas published with the pack: 1, 2, ...
    public var supplements: [Int] = []
    /// The address the folder is published under, if the house style gives one.
    public var baseURL: String?

    /// The address of a path inside the folder: absolute under `base_url`, else relative to
    /// where `meetings.ics` and `feed.atom` sit, beside the meeting folders.
    public func address(_ path: String) -> String {
        (baseURL.map { $0 + "/" } ?? "") + folder + "/" + path
    }

    /// "14:00", "2pm", "10.30am", "2.30 pm": the hour and minute, or nil.
    public static func time(_ text: String) -> (hour: Int, minute: Int)? {
        var words = text.lowercased().filter { !$0.isWhitespace }
        var offset = 0
        if words.hasSuffix("pm") || words.hasSuffix("am") {
            offset = words.hasSuffix("pm") ? 12 : 0
            words.removeLast(2)
        }
        let parts = words.split(whereSeparator: { $0 == ":" || $0 == "." }).map(String.init)
        guard (1...2).contains(parts.count), let hour = Int(parts[0]), parts.allSatisfy({ $0.count <= 2 && !$0.isEmpty }) else { return nil }
        let minute = parts.count == 2 ? Int(parts[1]) : 0
        guard let minute, minute < 60 else { return nil }
        if words.count != text.lowercased().filter({ !$0.isWhitespace }).count {
            guard (1...12).contains(hour) else { return nil }
            return ((hour % 12) + offset, minute)
        }
        guard hour < 24 else { return nil }
        return (hour, minute)
    }

    /// Minutes east of UTC in Europe/London on `date` at midday: one hour in summer time, from the
    /// last Sunday of March to the last Sunday of October.
    public static func londonOffset(on date: ISODate) -> Int {
        func lastSunday(_ month: Int) -> ISODate {
            let last = ISODate(year: date.year, month: month, day: ISODate.daysIn(month: month, year: date.year))
            return last.adding(days: -((last.weekdayIndex + 1) % 7))
        }
        return date >= lastSunday(3) && date < lastSunday(10) ? 60 : 0
    }
}
