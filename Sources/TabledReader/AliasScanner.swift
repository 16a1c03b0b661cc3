/// Finds the first YAML anchor or alias in a text before Yams sees it.
///
/// Yams expands aliases without limit, and hashes mapping keys to find duplicates, so a
/// few hundred bytes of nested aliases can take it minutes. Papers have no use for
/// aliases, so they are refused here, on a light lexical pass that knows where a YAML
/// node can start and skips quoted strings, comments and block scalars (where a
/// Markdown `*emphasis*` is just text).
struct AliasScanner {
    struct Found: Equatable {
        var line: Int
        var column: Int
    }

    static func firstAlias(in text: String) -> Found? {
        var scanner = AliasScanner()
        var lineNumber = 0
        for line in text.lines {
            lineNumber += 1
            if let column = scanner.scan(Array(line.unicodeScalars)) {
                return Found(line: lineNumber, column: column)
            }
        }
        return nil
    }

    /// Indentation of the line that opened a block scalar; deeper lines belong to it.
    private var blockScalarParent: Int?
    /// Indentation of the line whose plain scalar value may continue on deeper lines.
    private var plainScalarParent: Int?
    /// Open quote carried across lines.
    private var quote: Unicode.Scalar?
    /// Depth of `[` and `{` carried across lines.
    private var flowDepth = 0

    /// The 1-based column of an anchor or alias on this line, if any.
    private mutating func scan(_ line: [Unicode.Scalar]) -> Int? {
        let indent = line.prefix { $0 == " " }.count
        let blank = line.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
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
            let next: Unicode.Scalar? = i + 1 < line.count ? line[i + 1] : nil
            if let q = quote {
                if c == q {
                    // '' inside single quotes is an escaped quote.
                    if q == "'" && next == "'" { i += 2; continue }
                    quote = nil
                } else if c == "\\" && q == "\"" {
                    i += 1
                }
                i += 1
                continue
            }
            if c == "#" && (i == 0 || line[i - 1] == " " || line[i - 1] == "\t") { break }
            if c == " " || c == "\t" || c == "\r" { i += 1; continue }
            if inPlain {
                if c == ":" && (next == nil || next == " " || (flowDepth > 0 && (next == "," || next == "]" || next == "}"))) {
                    inPlain = false
                    expectNode = true
                    nodeStartedAfterIndicator = true
                } else if flowDepth > 0 && (c == "," || c == "]" || c == "}") {
                    inPlain = false
                    expectNode = c == ","
                    if c != "," { flowDepth -= 1 }
                }
                i += 1
                continue
            }
            if expectNode {
                switch c {
                case "*", "&":
                    if let next, next != " " { return i + 1 }
                case "\"", "'":
                    quote = c
                    expectNode = false
                case "-" where next == nil || next == " ":
                    nodeStartedAfterIndicator = true
                case "?" where next == nil || next == " ":
                    break
                case "[", "{":
                    flowDepth += 1
                case "]", "}":
                    flowDepth = max(0, flowDepth - 1)
                    expectNode = false
                case ",":
                    break
                case "|", ">":
                    if flowDepth == 0 {
                        blockScalarParent = indent
                        return nil
                    }
                    inPlain = true
                    expectNode = false
                case "!":
                    // A tag: skip it; the node follows.
                    while i + 1 < line.count && line[i + 1] != " " { i += 1 }
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
            case ":" where next == nil || next == " " || flowDepth > 0:
                expectNode = true
                nodeStartedAfterIndicator = true
            case ",":
                expectNode = true
            case "[", "{":
                flowDepth += 1
                expectNode = true
            case "]", "}":
                flowDepth = max(0, flowDepth - 1)
            default:
                break
            }
            i += 1
        }
        return nil
    }
}
