/// Finds the first YAML anchor or alias in a text before libyaml sees it.
///
/// Expanded, a few hundred bytes of nested aliases make a tree of billions of nodes. Papers
/// have no use for aliases, so they are refused here, on a light lexical pass that knows
/// where a YAML node can start and skips quoted strings, comments and block scalars (where
/// a Markdown `*emphasis*` is just text). It gives the column an officer sees; the tree
/// builder refuses any alias this pass misses.
struct AliasScanner {
    struct Found: Equatable {
        var line: Int
        var column: Int
    }

    static func firstAlias(in text: String) -> Found? {
        var text = text
        return text.withUTF8 { bytes in
            // An anchor starts with & and an alias with *: a text with neither holds none.
            guard bytes.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "*") }) else { return nil }
            var scanner = AliasScanner()
            var lineNumber = 0
            var start = 0
            // Every character the scanner looks for is ASCII, and no byte of a longer UTF-8
            // sequence is, so the bytes decide as the scalars would. A line ends at a line feed
            // that no carriage return precedes, as `String.lines` splits.
            while start <= bytes.count {
                var end = start
                while end < bytes.count && !(bytes[end] == 0x0A && (end == 0 || bytes[end - 1] != 0x0D)) { end += 1 }
                lineNumber += 1
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if let offset = scanner.scan(line) {
                    let column = line[..<offset].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
                    return Found(line: lineNumber, column: column)
                }
                start = end + 1
            }
            return nil
        }
    }

    /// Indentation of the line that opened a block scalar; deeper lines belong to it.
    private var blockScalarParent: Int?
    /// Indentation of the line whose plain scalar value may continue on deeper lines.
    private var plainScalarParent: Int?
    /// Open quote carried across lines.
    private var quote: UInt8?
    /// Depth of `[` and `{` carried across lines.
    private var flowDepth = 0

    /// The byte offset of an anchor or alias on this line, if any.
    private mutating func scan(_ line: UnsafeBufferPointer<UInt8>) -> Int? {
        let indent = line.prefix { $0 == UInt8(ascii: " ") }.count
        let blank = line.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
        if let parent = blockScalarParent {
            if blank || indent > parent { return nil }
            blockScalarParent = nil
        }
        var expectNode = true
        if quote == nil, flowDepth == 0, let parent = plainScalarParent {
            if !blank && indent > parent { expectNode = false } else if !blank { plainScalarParent = nil }
        }
        if blank { return nil }
        var i = 0
        var inPlain = !expectNode
        var nodeStartedAfterIndicator = false
        while i < line.count {
            let c = line[i]
            let next: UInt8? = i + 1 < line.count ? line[i + 1] : nil
            if let q = quote {
                if c == q {
                    // '' inside single quotes is an escaped quote.
                    if q == UInt8(ascii: "'") && next == UInt8(ascii: "'") { i += 2; continue }
                    quote = nil
                } else if c == UInt8(ascii: "\\") && q == UInt8(ascii: "\"") {
                    i += 1
                }
                i += 1
                continue
            }
            if c == UInt8(ascii: "#") && (i == 0 || line[i - 1] == UInt8(ascii: " ") || line[i - 1] == UInt8(ascii: "\t")) { break }
            if c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "\r") { i += 1; continue }
            if inPlain {
                if c == UInt8(ascii: ":") && (next == nil || next == UInt8(ascii: " ") || (flowDepth > 0 && (next == UInt8(ascii: ",") || next == UInt8(ascii: "]") || next == UInt8(ascii: "}")))) {
                    inPlain = false
                    expectNode = true
                    nodeStartedAfterIndicator = true
                } else if flowDepth > 0 && (c == UInt8(ascii: ",") || c == UInt8(ascii: "]") || c == UInt8(ascii: "}")) {
                    inPlain = false
                    expectNode = c == UInt8(ascii: ",")
                    if c != UInt8(ascii: ",") { flowDepth -= 1 }
                }
                i += 1
                continue
            }
            if expectNode {
                switch c {
                case UInt8(ascii: "*"), UInt8(ascii: "&"):
                    if let next, next != UInt8(ascii: " ") { return i }
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    quote = c
                    expectNode = false
                case UInt8(ascii: "-") where next == nil || next == UInt8(ascii: " "):
                    nodeStartedAfterIndicator = true
                case UInt8(ascii: "?") where next == nil || next == UInt8(ascii: " "):
                    break
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    flowDepth += 1
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    flowDepth = max(0, flowDepth - 1)
                    expectNode = false
                case UInt8(ascii: ","):
                    break
                case UInt8(ascii: "|"), UInt8(ascii: ">"):
                    if flowDepth == 0 {
                        blockScalarParent = indent
                        return nil
                    }
                    inPlain = true
                    expectNode = false
                case UInt8(ascii: "!"):
                    // A tag: skip it; the node follows.
                    while i + 1 < line.count && line[i + 1] != UInt8(ascii: " ") { i += 1 }
                default:
                    inPlain = true
                    expectNode = false
                    if flowDepth == 0 && nodeStartedAfterIndicator { plainScalarParent = indent }
                }
                i += 1
                continue
            }
            // After a quoted scalar or a closing bracket.
            switch c {
            case UInt8(ascii: ":") where next == nil || next == UInt8(ascii: " ") || flowDepth > 0:
                expectNode = true
                nodeStartedAfterIndicator = true
            case UInt8(ascii: ","):
                expectNode = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                flowDepth += 1
                expectNode = true
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                flowDepth = max(0, flowDepth - 1)
            default:
                break
            }
            i += 1
        }
        return nil
    }
}
