import TabledModel

/// A meeting's minutes, laid out: the public minutes, and the confidential ones when an item
/// taken in private has a minute or resolution the public may not read.
public struct Minutes: Sendable {
    /// `cabinet-2006-03-21-minutes`: the files' name.
    public var name: String
    public var title: String
    public var header: [String]
    /// The confidential minutes' running header: "NOT FOR PUBLICATION", with the paragraphs relied on.
    public var confidentialHeader: [String]
    public var publicBlocks: [Block]
    /// Every minute in full, for `confidential/` only; nil when nothing was taken in private.
    public var confidentialBlocks: [Block]?
}
