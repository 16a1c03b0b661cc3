/// An ordered or bullet list of the document tree.
public struct BlockList: Sendable, Equatable {
    public var ordered: Bool
    public var start: Int
    public var tight: Bool
    public var items: [[Block]]

    public init(ordered: Bool, start: Int, tight: Bool, items: [[Block]]) {
        self.ordered = ordered
        self.start = start
        self.tight = tight
        self.items = items
    }
}
