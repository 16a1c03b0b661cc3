import CCmarkArena
import Foundation
import Synchronization
import Testing
import TabledMarkdown
import TabledModel

/// The arena cmark-gfm parses in keeps the allocator's promises: memory comes zeroed, a
/// reallocation keeps what was written, freed memory is handed out again only after it is
/// freed, and each thread's arena is its own.
@Suite struct CmarkArenaTests {
    /// The byte slot `slot` holds at `offset`: any other slot's reuse of its memory shows.
    private static func pattern(_ slot: Int, _ offset: Int) -> UInt8 { UInt8(truncatingIfNeeded: slot &* 31 &+ offset) }

    /// Random allocations, reallocations and frees, small (nodes, cells) and large (a paragraph's
    /// text), each slot filled with its own pattern and checked before every change.
    private static func exercise(seed: UInt64) -> String? {
        let memory = tabled_cmark_arena_open()!
        defer { tabled_cmark_arena_close() }
        var random = SeededGenerator(seed: seed)
        var slots = [(pointer: UnsafeMutablePointer<UInt8>?, size: Int)](repeating: (nil, 0), count: 200)
        func size() -> Int { Int.random(in: 0..<4, using: &random) == 0 ? Int.random(in: 0..<3000, using: &random) : Int.random(in: 0..<200, using: &random) }
        for step in 0..<6_000 {
            let i = Int.random(in: slots.indices, using: &random)
            let (pointer, count) = slots[i]
            if let pointer, let wrong = (0..<count).first(where: { pointer[$0] != pattern(i, $0) }) {
                return "step \(step): slot \(i) changed at byte \(wrong) of \(count)"
            }
            switch Int.random(in: 0..<3, using: &random) {
            case 0:
                if let pointer { memory.pointee.free(pointer) }
                let wanted = size()
                let fresh = memory.pointee.calloc(1, wanted)!.assumingMemoryBound(to: UInt8.self)
                if let dirty = (0..<wanted).first(where: { fresh[$0] != 0 }) { return "step \(step): calloc gave a non-zero byte at \(dirty)" }
                slots[i] = (fresh, wanted)
            case 1:
                let wanted = size()
                let moved = memory.pointee.realloc(pointer, wanted)!.assumingMemoryBound(to: UInt8.self)
                if let lost = (0..<min(count, wanted)).first(where: { moved[$0] != pattern(i, $0) }) {
                    return "step \(step): realloc from \(count) to \(wanted) bytes lost byte \(lost)"
                }
                slots[i] = (moved, wanted)
            default:
                if let pointer { memory.pointee.free(pointer) }
                slots[i] = (nil, 0)
            }
            if let written = slots[i].pointer {
                for k in 0..<slots[i].size { written[k] = pattern(i, k) }
            }
        }
        return nil
    }

    @Test func allocationsKeepTheirContents() {
        for seed: UInt64 in [1, 2, 3] {
            #expect(Self.exercise(seed: seed) == nil, "seed \(seed)")
        }
    }

    @Test func threadsKeepArenasOfTheirOwn() {
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 4) { n in
            if let failure = Self.exercise(seed: UInt64(10 + n)) { failures.withLock { $0.append(failure) } }
        }
        #expect(failures.withLock { $0 }.isEmpty)
    }

    /// A table long enough to fill many blocks parses to every row, in parallel parses too.
    @Test func longTablesParseWhole() {
        let rows = (0..<3000).map { "| Row \($0) | \($0) |" }.joined(separator: "\n")
        let markdown = "| Item | A |\n|---|--:|\n" + rows + "\n\nAfter the table.\n"
        let counts = Mutex<[Int]>([])
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            let blocks = CommonMarkConverter.parse(markdown).blocks
            let rowCount = blocks.compactMap { block -> Int? in
                if case .table(let table) = block { return table.rows.count }
                return nil
            }.first ?? 0
            counts.withLock { $0.append(rowCount + (blocks.count == 2 ? 0 : 100_000)) }
        }
        #expect(counts.withLock { $0 } == [3000, 3000, 3000, 3000])
    }
}
