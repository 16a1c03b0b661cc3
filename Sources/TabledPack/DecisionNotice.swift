import TabledModel

/// A decision notice (record of decisions) ready to write: its tree, page header and dates.
public struct DecisionNotice: Sendable {
    /// The file name without extension: `cabinet-2026-12-15-decisions`.
    public var name: String
    public var title: String
    /// The running header's parts.
    public var header: [String]
    public var blocks: [Block]
    public var published: ISODate
    public var callIn: ISODate
}
