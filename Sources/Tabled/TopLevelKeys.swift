import Foundation

/// The top-level keys a YAML file starts lines with (`items:`, `title:`), found in one pass
/// over its bytes: what tells a paper, an agenda and a decision record apart before any is read.
struct TopLevelKeys {
    private(set) var found: Set<String> = []

    /// Looks for these keys only, each at the very start of a line, followed by a colon.
    init(_ text: String, among keys: [String]) {
        let wanted = keys.map { Array($0.utf8) + [UInt8(ascii: ":")] }
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                // Most lines are indented, list items or comments: no key starts them.
                let first = bytes[start]
                for (index, key) in wanted.enumerated() where first == key[0] && !found.contains(keys[index]) {
                    if start + key.count <= bytes.count,
                       zip(key.indices, key).allSatisfy({ bytes[start + $0] == $1 }) {
                        found.insert(keys[index])
                    }
                }
                // To the start of the next line: memchr, where a loop goes a byte at a time.
                guard let base = bytes.baseAddress,
                      let newline = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start) else { break }
                start = base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
            }
        }
    }

    func has(_ key: String) -> Bool { found.contains(key) }
}
