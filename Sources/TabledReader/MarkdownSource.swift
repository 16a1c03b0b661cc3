/// A Markdown paper's bytes and where each line starts: where a pipe table's cells stand,
/// for locating each figure at its own line and column. Lines are found on the bytes: by
/// Characters, "\r\n" is one and never a line's end.
struct MarkdownSource {
    private let bytes: [UInt8]
    private let lineStarts: [Int]

    init(_ markdown: String) {
        var markdown = markdown
        bytes = markdown.withUTF8 { Array($0) }
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            for i in buffer.indices where buffer[i] == UInt8(ascii: "\n") { starts.append(i + 1) }
        }
        lineStarts = starts
    }

    /// Where each of a row's `count` cells starts on its 1-based line, in characters (Unicode
    /// scalars): past the unescaped pipes before it and its leading spaces; the first cell at
    /// column 1. One walk of the line's bytes for them all.
    func cellColumns(line lineNumber: Int, count: Int) -> [Int] {
        var columns = Array(repeating: 1, count: count)
        guard count > 1, lineNumber >= 1, lineNumber - 1 < lineStarts.count else { return columns }
        let start = lineStarts[lineNumber - 1]
        let end = lineNumber < lineStarts.count ? lineStarts[lineNumber] - 1 : bytes.count
        var i = start
        // Scalars before byte `i`: a byte that does not continue a UTF-8 sequence starts one.
        var column = 0
        func advance() {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        while i < end && bytes[i] == UInt8(ascii: " ") { advance() }
        let leadingPipe = i < end && bytes[i] == UInt8(ascii: "|")
        var pipes = 0
        for c in 1..<count {
            let target = leadingPipe ? c + 1 : c
            while i < end && pipes < target {
                if bytes[i] == UInt8(ascii: "|") && (i == start || bytes[i - 1] != UInt8(ascii: "\\")) { pipes += 1 }
                advance()
            }
            while i < end && bytes[i] == UInt8(ascii: " ") { advance() }
            columns[c] = column + 1
        }
        return columns
    }
}
