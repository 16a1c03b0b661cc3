/// Collects the blocks a paper's templates will place, handing out a token for each.
struct BlockPlacer {
    private(set) var blocks: [PlacedBlock] = []

    mutating func place(_ block: PlacedBlock) -> Placement {
        blocks.append(block)
        return Placement(index: blocks.count - 1)
    }
}
