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
                for (index, key) in wanted.enumerated() where !found.contains(keys[index]) {
                    if start + key.count <= bytes.count, bytes[start] == key[0],
                       zip(key.indices, key).allSatisfy({ bytes[start + $0] == $1 }) {
                        found.insert(keys[index])
                    }
                }
                // To the start of the next line.
                var next = start
                while next < bytes.count, bytes[next] != UInt8(ascii: "\n") { next += 1 }
                start = next + 1
            }
        }
    }

    func has(_ key: String) -> Bool { found.contains(key) }
}
