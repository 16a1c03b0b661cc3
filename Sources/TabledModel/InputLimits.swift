/// Bounds on Markdown that cmark-gfm 0.29 parses slowly.
///
/// Debian's cmark-gfm predates the fix for quadratic table parsing (CVE-2023-37463): its
/// time grows with the square of a table row's width. Measured here: a 135 KB header of
/// 8,000 cells took 1.0 s, 277 KB of 16,000 cells 3.8 s. No paper has a row of more than a
/// few dozen cells, so a line with more than `maximumCells` pipes is refused before parsing.
public enum InputLimits {
    public static let maximumCells = 256

    /// The first line (1-based) with more unescaped pipes than a table may have, and its count.
    public static func firstOverwideLine(in markdown: String) -> (line: Int, pipes: Int)? {
        guard markdown.containsBytes("|") else { return nil }
        var markdown = markdown
        return markdown.withUTF8 { bytes in
            var line = 1
            var pipes = 0
            var escaped = false
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\n"):
                    if pipes > maximumCells { return (line, pipes) }
                    line += 1
                    pipes = 0
                    escaped = false
                case UInt8(ascii: "\\"):
                    escaped.toggle()
                    continue
                case UInt8(ascii: "|"):
                    if !escaped { pipes += 1 }
                default:
                    break
                }
                escaped = false
            }
            return pipes > maximumCells ? (line, pipes) : nil
        }
    }
}
