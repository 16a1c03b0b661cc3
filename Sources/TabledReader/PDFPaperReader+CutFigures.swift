extension PDFPaperReader {
    /// Figures cut by cells too narrow for them, as Word and LibreOffice print them: "(123,"
    /// over "456)", "(12,345" over ")", "886,82" over "5", "48,215" over ",630", each piece
    /// flush right in its cell (or flush left). A line of such heads takes the line under it
    /// when every piece of that line is the tail of a head above it (their right edges meet,
    /// or their left edges) and each head and tail make an amount as tables print them
    /// ("(123,456)"); the label's words under it run on. Nothing else is joined: a line with a
    /// piece that completes nothing stays as it is.
    static func joinCutFigures(_ lines: inout [Line]) {
        var i = 0
        while i + 1 < lines.count {
            if let joined = cutFiguresJoined(lines[i], lines[i + 1]) {
                lines[i] = joined
                lines.remove(at: i + 1)
            }
            i += 1
        }
    }

    private static func cutFiguresJoined(_ line: Line, _ next: Line) -> Line? {
        guard next.top - line.bottom < line.height * 0.5, next.top > line.top,
              let firstFigure = line.segments.firstIndex(where: { $0.isFigure || isFigureHead($0) }) else { return nil }
        let headLeft = line.segments[firstFigure].left
        var segments = line.segments
        var joinedAny = false
        for tail in next.segments {
            if tail.right < headLeft {
                // The label's next line, left of every figure.
                guard let label = segments.indices.first, segments[label].right < headLeft, !isFigureTail(tail.text) else { return nil }
                segments[label].text += " " + tail.text
                segments[label].right = max(segments[label].right, tail.right)
                continue
            }
            // A whole amount takes a tail that starts with a separator ("48,215" over ",630").
            let continues = tail.text.first == "," || tail.text.first == "."
            // Flush right in its cell, or flush left as Word sets a cell by default.
            guard isFigureTail(tail.text),
                  let head = segments.indices.first(where: {
                      (abs(segments[$0].right - tail.right) <= 1.5 || abs(segments[$0].left - tail.left) <= 1.5)
                          && (isFigureHead(segments[$0]) || (continues && segments[$0].isFigure))
                  })
            else { return nil }
            let text = segments[head].text + tail.text
            guard isPrintedAmount(text) else { return nil }
            segments[head].text = text
            segments[head].isFigure = true
            joinedAny = true
        }
        // Every head is whole now: a piece still cut means the lines are not what they seem.
        guard joinedAny, !segments.contains(where: isFigureHead) else { return nil }
        var joined = line
        joined.words += next.words
        joined.segments = segments
        return joined
    }

    /// The start of a figure its cell cut: digits, separators, a bracket, sign or pound sign,
    /// that are not an amount themselves ("(123,", "(3,45", "886,82", "9,876,").
    private static func isFigureHead(_ segment: Segment) -> Bool {
        let text = segment.text
        guard !segment.isFigure, text.contains(where: \.isNumber),
              text.allSatisfy({ $0.isASCII && ($0.isNumber || "(-£,.".contains($0)) || $0 == "£" }) else { return false }
        return true
    }

    /// The rest of a cut figure: digits and separators, perhaps closing its bracket ("456)", ")").
    private static func isFigureTail(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isNumber || ",.)".contains($0)) }
    }
}
