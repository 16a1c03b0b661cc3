/// The name a paper's output files take: the paper's file name without its extension.
package enum OutputName {
    /// The name, when the path ends in a plain file name: ASCII letters, digits, `-`, `_`,
    /// `.` and spaces, not starting with `.` or `~` and not ending with `.`. Nil for any
    /// other, which is left to URL and its rules for dots, tildes and `..`.
    ///
    /// For a plain name this is what `URL(fileURLWithPath:).deletingPathExtension()
    /// .lastPathComponent` gives (OutputNameTests compares them), without URL's path
    /// handling, whose first use costs about half a million instructions.
    package static func plain(_ path: String) -> String? {
        let bytes = Array(path.utf8)
        var start = bytes.count
        while start > 0, bytes[start - 1] != UInt8(ascii: "/") { start -= 1 }
        let name = bytes[start...]
        guard let first = name.first, first != UInt8(ascii: "."), first != UInt8(ascii: "~"),
              name.last != UInt8(ascii: "."), name.allSatisfy(isPlain) else { return nil }
        let end = name.lastIndex(of: UInt8(ascii: ".")) ?? name.endIndex
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    private static func isPlain(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: " "):
            true
        default:
            false
        }
    }
}
