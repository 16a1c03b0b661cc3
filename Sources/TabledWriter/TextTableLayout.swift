import TabledModel

/// Lays out a table as aligned columns of plain text, figures right-aligned, never wrapped.
///
/// When the table is wider than the page, label cells wrap; figures never do. When even the
/// narrowest layout is wider than the line, the columns are split into blocks that each
/// repeat the label column, under "(continued)" captions.
struct TextTableLayout {
    let table: TableBlock
    let width: Int
    let writer: PlainTextWriter

    func render() -> String {
        // Each cell's text, found once for the blocks and their layout.
        let header = table.columns.map { writer.text($0.header) }
        let rows = table.rows.map { row in header.indices.map { c in c < row.cells.count ? writer.text(row.cells[c]) : "" } }
        let blocks = columnBlocks(header: header, rows: rows)
        guard blocks.count > 1 else { return layout(table, header: header, rows: rows) }
        return blocks.enumerated().map { i, columns in
            var part = table
            part.columns = columns.map { table.columns[$0] }
            part.rows = table.rows.map { row in
                TableBlock.Row(kind: row.kind, cells: columns.map { $0 < row.cells.count ? row.cells[$0] : [] })
            }
            if i > 0 { part.caption = table.caption.isEmpty ? [.text("(continued)")] : table.caption + [.text(" (continued)")] }
            return layout(part, header: columns.map { header[$0] }, rows: rows.map { row in columns.map { row[$0] } })
        }.joined(separator: "\n\n")
    }

    /// The columns of each block: one block when the table fits; else as many columns after
    /// the label column as fit at their narrowest, each block with the label column first.
    private func columnBlocks(header: [String], rows: [[String]]) -> [[Int]] {
        let count = table.columns.count
        guard count > 2, table.rowHeaders else { return [Array(0..<count)] }
        let minimum = (0..<count).map { c -> Int in
            let texts = [header[c]] + rows.map { $0[c] }
            let longestWord = texts.map(Self.longestWord).max() ?? 0
            let figures = table.columns[c].holdsFigures ? (texts.dropFirst().map { $0.count }.max() ?? 0) : 0
            return c == 0 ? min(max(longestWord, 12), 20) : max(figures, min(longestWord, 12), 1)
        }
        let gap = 2
        guard minimum.reduce(0, +) + gap * (count - 1) > width else { return [Array(0..<count)] }
        var blocks: [[Int]] = []
        var current: [Int] = []
        var used = minimum[0]
        for c in 1..<count {
            if !current.isEmpty && used + gap + minimum[c] > width {
                blocks.append([0] + current)
                current = []
                used = minimum[0]
            }
            current.append(c)
            used += gap + minimum[c]
        }
        if !current.isEmpty { blocks.append([0] + current) }
        return blocks
    }

    /// The table, or one block of its columns, with each cell's text in `header` and `rows`.
    private func layout(_ table: TableBlock, header: [String], rows: [[String]]) -> String {
        let caption = writer.text(table.caption)
        let columns = header.count
        func cell(_ row: [String], _ c: Int) -> String { c < row.count ? row[c] : "" }
        let gap = 2
        let natural = (0..<columns).map { c in
            ([cell(header, c)] + rows.map { cell($0, c) }).map { $0.count }.max() ?? 0
        }
        var widths = natural
        let available = width - gap * max(0, columns - 1)
        if natural.reduce(0, +) > available {
            // Start every column at the least it can take (figures never wrap; words may),
            // then share what is left one character at a time so headers wrap evenly.
            widths = (0..<columns).map { c in
                let longestWord = ([cell(header, c)] + rows.map { cell($0, c) }).map(Self.longestWord).max() ?? 0
                // Figures never wrap; words in a label or text column may.
                let figures = table.columns[c].holdsFigures ? (rows.map { cell($0, c).count }.max() ?? 0) : 0
                // A word longer than the line is cut, never given a column wider than the line: a
                // column as wide as a 20,000-letter header made every wrapped line of a long label as wide.
                return min(natural[c], max(figures, min(longestWord, c == 0 ? 12 : available), c == 0 ? 12 : 1))
            }
            // Labels read worst when wrapped, so they get room first (up to half the line);
            // the rest is shared one character at a time so headers wrap evenly.
            var spare = max(0, available - widths.reduce(0, +))
            let labelRoom = min(natural[0], max(widths[0], available / 2)) - widths[0]
            if labelRoom > 0 {
                let given = min(labelRoom, spare)
                widths[0] += given
                spare -= given
            }
            while spare > 0, let c = (0..<columns).filter({ widths[$0] < natural[$0] }).min(by: { widths[$0] < widths[$1] }) {
                widths[c] += 1
                spare -= 1
            }
        }
        widths = widths.map { max($0, 1) }
        func isRight(_ c: Int) -> Bool { table.columns[c].alignment == .right }
        var line: [UInt8] = []
        func lines(_ row: [String]) -> [String] {
            let wrapped = (0..<columns).map { c in TextWrapping.wrapLine(cell(row, c), width: max(widths[c], 1)) }
            let height = wrapped.map { $0.count }.max() ?? 1
            return (0..<height).map { index in
                // Built as bytes: the cells, padded to their widths, trailing spaces dropped.
                line.removeAll(keepingCapacity: true)
                for c in 0..<columns {
                    if c > 0 { line.append(contentsOf: repeatElement(0x20, count: gap)) }
                    let text = index < wrapped[c].count ? wrapped[c][index] : ""
                    let padding = repeatElement(UInt8(0x20), count: max(0, widths[c] - text.count))
                    if isRight(c) { line.append(contentsOf: padding) }
                    line.append(contentsOf: text.utf8)
                    if !isRight(c) { line.append(contentsOf: padding) }
                }
                while line.last == 0x20 { line.removeLast() }
                return String(decoding: line, as: UTF8.self)
            }
        }
        var out: [String] = []
        if !caption.isEmpty { out.append(TextWrapping.wrap(caption, width: width)) }
        out += groupLines(table, widths: widths, gap: gap)
        out += lines(header)
        out.append((0..<columns).map { String(repeating: "-", count: widths[$0]) }.joined(separator: String(repeating: " ", count: gap)))
        for row in rows { out += lines(row) }
        return out.joined(separator: "\n")
    }

    /// The group headings above the column headers, each across the columns it spans.
    private func groupLines(_ table: TableBlock, widths: [Int], gap: Int) -> [String] {
        let spans = table.groupSpans
        guard spans.contains(where: { $0.group != nil }) else { return [] }
        let pieces = spans.map { span -> (width: Int, lines: [String]) in
            let width = span.columns.map { widths[$0] }.reduce(0, +) + gap * (span.columns.count - 1)
            return (width, span.group.map { TextWrapping.wrapLine($0, width: max(width, 1)) } ?? [])
        }
        let height = pieces.map(\.lines.count).max() ?? 0
        let text = (0..<height).map { line in
            pieces.map { piece in
                let words = line < piece.lines.count ? piece.lines[line] : ""
                return words + String(repeating: " ", count: max(0, piece.width - words.count))
            }.joined(separator: String(repeating: " ", count: gap)).trimmingTrailingSpaces()
        }
        let rule = pieces.map { piece in String(repeating: piece.lines.isEmpty ? " " : "-", count: piece.width) }
            .joined(separator: String(repeating: " ", count: gap)).trimmingTrailingSpaces()
        return text + [rule]
    }
}

extension TextTableLayout {
    /// The most characters in one space-separated word of the text.
    static func longestWord(_ text: String) -> Int {
        var text = text
        // In ASCII without a carriage return (which joins a line feed), a byte is a character.
        let ascii = text.withUTF8 { bytes -> Int? in
            var longest = 0
            var run = 0
            for byte in bytes {
                guard byte < 0x80, byte != 0x0D else { return nil }
                if byte == 0x20 {
                    longest = max(longest, run)
                    run = 0
                } else {
                    run += 1
                }
            }
            return max(longest, run)
        }
        return ascii ?? text.split(separator: " ").map(\.count).max() ?? 0
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
