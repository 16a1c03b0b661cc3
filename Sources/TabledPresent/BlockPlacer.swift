/// Collects the blocks a paper's templates will place, handing out a token for each.
public struct BlockPlacer: Sendable {
    public private(set) var blocks: [PlacedBlock] = []

    public init() {}

    public mutating func place(_ block: PlacedBlock) -> Placement {
        blocks.append(block)
        return Placement(index: blocks.count - 1)
    }
}
