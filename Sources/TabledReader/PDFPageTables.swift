import TabledModel

/// The tables on one PDF page, from its lines: see `PDFPaperReader`.
struct PDFPageTables {
    typealias Line = PDFPaperReader.Line
    typealias Segment = PDFPaperReader.Segment

    let lines: [Line]
    let page: Int
    let file: String
    /// The page's drawn rules: in a table with a rule between every two rows, they and not
    /// the words' shapes say which lines are one row.
    var rulings = PageRulings()

    /// A table's lines may be this many line heights apart and still be one table.
    static let widestRowGap = 2.5
    /// Header lines read above the first row of figures: a heading wrapped over four lines
    /// and a units row under it, beside a label heading wrapped over more.
    static let deepestHeader = 10

    func location(_ line: Line, column: Int = 1) -> SourceLocation {
        SourceLocation(file: file, line: line.number, column: column, part: .page(page))
    }

    func tables() -> [PrintedTable] {
        var tables: [PrintedTable] = []
        var i = 0
        while i < lines.count {
            guard lines[i].isFigureRow else {
                i += 1
                continue
            }
            let (end, figureStart) = region(from: i)
            let figureRows = (i...end).filter { lines[$0].isFigureRow }
            if figureRows.count >= 2 {
                var found = table(rows: start(above: i, figureStart: figureStart)...end)
                if !(found.caption.map { PrintedTable.isCaption(PrintedTable.oneLine($0)) } ?? false), let below = captionBelow(end) {
                    found.caption = below
                }
                tables.append(found)
            }
            i = end + 1
        }
        return tables
    }

    /// One row of figures alone at the top of the page, above any table: never a table by
    /// itself, but the last row of a table the page before ends with (its total, most often,
    /// pushed over the page break).
    func lonelyRowAtTop() -> PrintedTable? {
        guard let i = lines.firstIndex(where: \.isFigureRow), lines[i].number <= PDFPaperReader.continuationTop else { return nil }
        let (end, figureStart) = region(from: i)
        guard (i...end).filter({ lines[$0].isFigureRow }).count == 1 else { return nil }
        return table(rows: start(above: i, figureStart: figureStart)...end)
    }

    /// Where a table whose first row of figures is line `i` starts: words alone left of the
    /// figures just above it are its first heading row ("Strategy Programmes"), or the rest of
    /// a label broken over the page, not its header.
    private func start(above i: Int, figureStart: Double) -> Int {
        var start = i
        while start > 0, isLabelOnly(lines[start - 1], before: figureStart),
              lines[start].top - lines[start - 1].bottom < lines[start].height * Self.widestRowGap,
              !PrintedTable.isCaption(PrintedTable.oneLine(lines[start - 1].text)) {
            start -= 1
        }
        return start
    }

    /// The lines of one table's body, from its first row of figures `i`: figure rows, and
    /// short label-only lines between them. Its last line, and where its figures begin.
    private func region(from i: Int) -> (end: Int, figureStart: Double) {
        var end = i
        // Where the region's figures begin, kept as rows join rather than worked out again per line.
        var figureStart = Self.firstFigureLeft(lines[i])
        var j = i + 1
        while j < lines.count {
            let gap = lines[j].top - lines[j - 1].bottom
            guard gap < lines[j].height * Self.widestRowGap else { break }
            if lines[j].isFigureRow {
                end = j
                figureStart = min(figureStart, Self.firstFigureLeft(lines[j]))
            } else if lines[j].isFiguresOnly && lines[j].segments[0].left >= figureStart - 1 {
                // A row's figures between the lines of its label, which run on below them.
                end = j
            } else if !Self.isWordsAlone(lines[j], figureStart: figureStart)
                || !Self.continuesComments(lines[j], after: lines[j - 1], figureStart: figureStart) {
                // Not a line of words alone (a heading row, a wrapped label, comments running on).
                break
            }
            j += 1
        }
        // The rest of the last row's label, wrapped under its figures ("Total net" over
        // "budget"): close under it, left of the figures, running on from it.
        while end + 1 < lines.count,
              isLabelOnly(lines[end + 1], before: figureStart) || isYearAlone(lines[end + 1], before: figureStart),
              lines[end + 1].top - lines[end].bottom < lines[end].height * 0.5,
              let label = lines[end].segments.first(where: { $0.right < figureStart - 1 }),
              let rest = lines[end + 1].segments.first,
              rest.text.first?.isLowercase == true || Self.endsMidPhrase(label.text) || Self.yearAfterMonth(label.text, rest.text)
                // Or it starts above the foot of the figures' line: its label set about them.
                || (lines[end].isFigureRow && lines[end + 1].top < lines[end].bottom - lines[end + 1].height * 0.25) {
            end += 1
        }
        return (end, figureStart)
    }

    /// A line of words and no figures, each cell of it left of where the figures start (a
    /// heading row, a wrapped label) or right of it (comments running on), at most one left.
    private static func isWordsAlone(_ line: Line, figureStart: Double) -> Bool {
        // Left of the figures anything goes, a note's marker "2" or a year in a label included.
        let left = line.segments.filter { $0.right < figureStart }
        return !line.segments.isEmpty && left.count <= 1
            && line.segments.allSatisfy { $0.right < figureStart || (!$0.isFigure && $0.left > figureStart) }
    }

    /// Words right of the figures run on only from a line that has words right of its last
    /// figure (a comments column), and stand right of that figure: never a next table's header.
    private static func continuesComments(_ line: Line, after previous: Line, figureStart: Double) -> Bool {
        let right = line.segments.filter { $0.left > figureStart }
        guard let first = right.first else { return true }
        guard let lastFigure = previous.segments.last(where: \.isFigure) else {
            // Under a line of comments alone: the comments run on if they start where those did.
            return previous.segments.contains { !$0.isFigure && $0.left > figureStart && abs($0.left - first.left) < first.right - first.left }
        }
        return previous.segments.contains { !$0.isFigure && $0.left > lastFigure.right } && first.left > lastFigure.right
    }

    /// A line of words alone, left of where the figures start: a heading row or a wrapped label.
    private func isLabelOnly(_ line: Line, before figureStart: Double) -> Bool {
        !line.segments.isEmpty && line.segments.allSatisfy { !$0.isFigure && $0.right < figureStart } && line.segments.count == 1
    }

    /// The left edge of a figure row's first figure after its first cell: a row's number
    /// ("1", "2" in a "No." column) is part of its label, as `table(rows:)` reads it.
    private static func firstFigureLeft(_ line: Line) -> Double {
        line.segments.dropFirst().first(where: { $0.isFigure })?.left ?? 0
    }

    private func table(rows region: ClosedRange<Int>) -> PrintedTable {
        let first = lines[region.lowerBound]
        // Columns: the figure cells' spans, merged where they overlap.
        var spans: [(left: Double, right: Double)] = []
        for r in region where lines[r].isFigureRow {
            for segment in lines[r].segments.dropFirst() where segment.isFigure {
                spans.append((segment.left, segment.right))
            }
        }
        spans.sort { $0.left < $1.left }
        var columns: [(left: Double, right: Double)] = []
        for span in spans {
            if let last = columns.last, span.left <= last.right + 1 {
                columns[columns.count - 1].right = max(last.right, span.right)
            } else {
                columns.append(span)
            }
        }
        var figureStart = columns.first?.left ?? 0
        if let words = innerTextColumn(in: region, figureStart: figureStart) {
            columns.insert(words, at: 0)
            figureStart = words.left
        }
        for words in textColumnsBetween(columns, in: region) {
            columns.insert(words, at: columns.firstIndex { $0.left > words.right } ?? columns.count)
        }
        // Words right of every figure column, in the figure rows, are a column of text (comments).
        let figureEnd = columns.last?.right ?? 0
        let hasTextColumn = region.contains { r in
            lines[r].isFigureRow && lines[r].segments.contains { !$0.isFigure && $0.left > figureEnd + 1 }
        }
        if hasTextColumn { columns.append((figureEnd + 2, .greatestFiniteMagnitude)) }
        func column(of segment: Segment) -> Int? {
            if hasTextColumn, !segment.isFigure, segment.left > figureEnd + 1 { return columns.count - 1 }
            return columns.firstIndex { segment.left <= $0.right + 1 && segment.right >= $0.left - 1 }
        }

        // Whether poppler gave each cell a block: no block holds the labels of two rows of
        // figures, and the labels stand in as many blocks as there are such rows (where most
        // rows' figures stand between their label's lines, one block may hold every label).
        var figureRowsByBlock: [Int: Int] = [:]
        var labelBlocks: Set<Int> = []
        for r in region {
            guard let block = lines[r].segments.first(where: { $0.right < figureStart - 1 })?.block, block != 0 else { continue }
            labelBlocks.insert(block)
            if lines[r].isFigureRow { figureRowsByBlock[block, default: 0] += 1 }
        }
        let blocksAreCells = figureRowsByBlock.values.allSatisfy { $0 <= 1 }
            && labelBlocks.count >= region.filter { lines[$0].isFigureRow }.count
        // A ruled table: a rule drawn across the labels between every two rows of figures.
        let labelLeft = region.compactMap { lines[$0].words.first?.left }.min() ?? 0
        func ruleAbove(_ r: Int) -> Bool {
            // Between the lines' middles: poppler's line boxes are the font's full height, and
            // overlap the rule between two rows.
            rulings.hasRule(between: (lines[r - 1].top + lines[r - 1].bottom) / 2, and: (lines[r].top + lines[r].bottom) / 2,
                            across: labelLeft)
        }
        let figureRows = region.filter { lines[$0].isFigureRow }
        let ruled = !rulings.horizontal.isEmpty && figureRows.count >= 3
            && zip(figureRows, figureRows.dropFirst()).allSatisfy { upper, lower in (upper + 1...lower).contains(where: ruleAbove) }
        var unclear: String?
        var rows: [[PrintedTable.Cell]] = []
        var rowLines: [Int] = []
        // The block each row's label stands in: a label's later lines in the same block are the same row.
        var rowBlocks: [Int] = []
        // A row whose figures stood on a line of their own under its label: the lines of each.
        var figuresBelowLabel: (label: Int, figures: Int)?
        /// A row's next line, wrapped in its cells: its label and words run on, its figures fill
        /// the cells left empty; a second figure in one cell makes the table unclear.
        func continueRow(_ previous: Int, with row: [PrintedTable.Cell], line: Line) {
            if !row[0].text.isEmpty {
                rows[previous][0].text = Self.joined(rows[previous][0].text, row[0].text)
            }
            for c in 1..<row.count where !row[c].text.isEmpty {
                if rows[previous][c].text.isEmpty {
                    rows[previous][c] = row[c]
                } else if hasTextColumn && c == columns.count {
                    rows[previous][c].text += " " + row[c].text
                } else {
                    unclear = unclear ?? "on line \(line.number) a wrapped row has two figures in one column"
                }
            }
        }
        for r in region {
            let line = lines[r]
            var label = ""
            var labelBlock = 0
            var cells = [PrintedTable.Cell?](repeating: nil, count: columns.count)
            for segment in line.segments {
                if segment.right < figureStart - 1 {
                    label = label.isEmpty ? segment.text : label + " " + segment.text
                    if labelBlock == 0 { labelBlock = segment.block }
                    continue
                }
                guard let c = column(of: segment) else {
                    unclear = unclear ?? "on line \(line.number) '\(segment.text)' stands in no column of figures"
                    continue
                }
                if let written = cells[c], hasTextColumn, c == columns.count - 1 {
                    cells[c]?.text = written.text + " " + segment.text
                    continue
                }
                if cells[c] != nil { unclear = unclear ?? "on line \(line.number) two figures stand in one column" }
                cells[c] = PrintedTable.Cell(text: segment.text, location: location(line, column: c + 2))
            }
            let row = [PrintedTable.Cell(text: label, location: location(line))]
                + cells.enumerated().map { c, cell in cell ?? PrintedTable.Cell(text: "", location: location(line, column: c + 2)) }
            // In a ruled table a line with no rule above it is its row's next line, and one with a rule a new row.
            if ruled, r > region.lowerBound, let previous = rows.indices.last {
                if !ruleAbove(r) {
                    if line.isFigureRow, let joined = Self.joinWrapped(rows[previous], row) {
                        rows[previous] = joined
                        continue
                    }
                    continueRow(previous, with: row, line: line)
                    continue
                }
                rows.append(row)
                rowLines.append(r)
                rowBlocks.append(labelBlock)
                continue
            }
            // Figures too wide for narrow cells, wrapped: "1,380.4" over "5", each column's
            // figure run on from the line above, the label broken with them ("Abbotsl" over "ey").
            if line.isFigureRow, let previous = rows.indices.last, rowLines.last.map({ lines[$0].isFigureRow }) == true,
               let joined = Self.joinWrapped(rows[previous], row) {
                rows[previous] = joined
                continue
            }
            // Comments running on below their row, with no label or figure beside them.
            if hasTextColumn, label.isEmpty, let previous = rows.indices.last,
               cells.indices.allSatisfy({ $0 == columns.count - 1 || cells[$0] == nil }), let words = cells[columns.count - 1] {
                rows[previous][columns.count].text += (rows[previous][columns.count].text.isEmpty ? "" : " ") + words.text
                continue
            }
            // A label wrapped in its cell: poppler keeps the cell's lines in one block, where it
            // gives each cell a block of its own (WeasyPrint's pages; LibreOffice's put a column in one).
            if blocksAreCells, labelBlock != 0, rowBlocks.last == labelBlock, let previous = rows.indices.last {
                continueRow(previous, with: row, line: line)
                continue
            }
            // Figures standing below their label, with none of their own (a cell aligned to its
            // middle or foot, its label wrapped above them): the label's row takes them.
            if line.isFigureRow || line.isFiguresOnly, label.isEmpty, let previous = rows.indices.last, let last = rowLines.last, r - last <= 2,
               !lines[last].isFigureRow, !rows[previous][0].text.isEmpty, rows[previous].dropFirst().allSatisfy({ $0.text.isEmpty }) {
                for c in 1..<row.count { rows[previous][c] = row[c] }
                rowLines[rowLines.count - 1] = r
                figuresBelowLabel = (label: last, figures: r)
                continue
            }
            // The rest of a label the figures stand in the middle of: the line under them that
            // runs on from the label's lines, with no gap between.
            if !line.isFigureRow, !label.isEmpty, let previous = rows.indices.last, let centred = figuresBelowLabel,
               centred.figures == r - 1, centred.label < centred.figures, line.top - lines[centred.figures].bottom < line.height * 0.5 {
                rows[previous][0].text = Self.joined(rows[previous][0].text, label)
                figuresBelowLabel = nil
                continue
            }
            // Words alone that start above the foot of the row's last line: no row begins inside
            // another ("2024" under "Balance at 1 April", its figures set in the middle of the two).
            if !line.isFigureRow, !label.isEmpty, cells.allSatisfy({ $0 == nil }), let previous = rows.indices.last, let last = rowLines.last,
               lines[last].isFigureRow, line.top < lines[last].bottom - line.height * 0.25 {
                rows[previous][0].text = Self.joined(rows[previous][0].text, label)
                continue
            }
            // A label's next line in lower case straight under a label with no figures yet: the
            // figures stand lower, in the middle of its lines ("Total" over "comprehensive" over them).
            if !line.isFigureRow, label.first?.isLowercase == true, cells.allSatisfy({ $0 == nil }), let previous = rows.indices.last,
               let last = rowLines.last, rows[previous].dropFirst().allSatisfy({ $0.text.isEmpty }), !rows[previous][0].text.isEmpty,
               line.top - lines[last].bottom < line.height * 0.5 {
                rows[previous][0].text = Self.joined(rows[previous][0].text, label)
                rowLines[rowLines.count - 1] = r
                continue
            }
            // Otherwise: words alone on a line that continue the row above (starting in lower case,
            // or after a label broken at 'and', 'of', a comma) or begin the row below.
            if !line.isFigureRow, let previous = rows.indices.last,
               label.first?.isLowercase == true || Self.endsMidPhrase(rows[previous][0].text) || Self.yearAfterMonth(rows[previous][0].text, label),
               rowLines.last.map({ lines[$0].isFigureRow }) == true {
                rows[previous][0].text = Self.joined(rows[previous][0].text, label)
                continue
            }
            if line.isFigureRow, let previous = rows.indices.last, label.first?.isLowercase == true,
               rows[previous].dropFirst().allSatisfy({ $0.text.isEmpty }), !rowLines.isEmpty {
                rows[previous][0].text = Self.joined(rows[previous][0].text, label)
                for c in 1..<row.count { rows[previous][c] = row[c] }
                figuresBelowLabel = (label: rowLines[rowLines.count - 1], figures: r)
                rowLines[rowLines.count - 1] = r
                continue
            }
            rows.append(row)
            rowLines.append(r)
            rowBlocks.append(labelBlock)
        }

        let labelRight = region.flatMap { lines[$0].segments.filter { $0.right < figureStart - 1 }.map(\.right) }.max() ?? 0
        let header = headerRows(above: region.lowerBound, columns: columns, figureStart: figureStart, labelRight: labelRight)
        let caption = captionLine(above: region.lowerBound - header.count)
        let top = header.isEmpty ? first : lines[region.lowerBound - header.count]
        var table = PrintedTable(caption: caption, location: location(top), header: header, rows: rows)
        table.unclear = unclear
        return table
    }

    /// A row whose figures are the tails of the row above's, cut where their cells were too
    /// narrow: every figure a few digits, each under a figure it completes into an amount.
    static func joinWrapped(_ above: [PrintedTable.Cell], _ below: [PrintedTable.Cell]) -> [PrintedTable.Cell]? {
        var joined = above
        var tails = 0
        for c in 1..<min(above.count, below.count) where !below[c].text.isEmpty {
            let tail = below[c].text
            guard tail.count <= 3, tail.allSatisfy({ $0.isNumber || $0 == ")" }), isCut(above[c].text) else { return nil }
            let whole = above[c].text + tail
            guard Amount.read(whole).amount != nil else { return nil }
            joined[c].text = whole
            tails += 1
        }
        guard tails >= 2 else { return nil }
        // The label broken with them runs on without a space when it was cut inside a word.
        let label = below[0].text
        if !label.isEmpty {
            let firstWord = label.split(separator: " ").first.map { $0.lowercased() } ?? ""
            let cutInWord = label.first?.isLowercase == true && above[0].text.last?.isLetter == true && !endsMidPhrase(above[0].text)
                && !connectives.contains(firstWord)
            joined[0].text += (cutInWord ? "" : " ") + label
        }
        return joined
    }

    /// A figure that stops short of a whole one, as a figure cut by a narrow cell does: at a
    /// comma or point, or with fewer than three digits after its last comma, or one after its
    /// point ("1,380.4" over "5"). A whole figure ("640" above "0") starts a row of its own.
    static func isCut(_ text: String) -> Bool {
        guard let end = text.last, end.isNumber || end == "." || end == "," else { return false }
        if end == "." || end == "," { return true }
        let digits = text.reversed().prefix { $0.isNumber }.count
        let mark = text.dropLast(digits).last
        return (mark == "," && digits < 3) || (mark == "." && digits < 2)
    }

    /// A label and the rest of it from the next line: after a hyphen or slash ending a word
    /// ("Bassingbourn-" over "cum-Kneesworth", "(Increase)/" over "decrease") with no space between.
    static func joined(_ label: String, _ rest: String) -> String {
        if label.isEmpty { return rest }
        // The line broke where the word allowed it, with no space to break at.
        let broken = (label.hasSuffix("-") || label.hasSuffix("/")) && label.dropLast().last.map { !$0.isWhitespace } == true
        return label + (broken ? "" : " ") + rest
    }

    /// Whether `next`, a line of words alone, is the rest of `label`: it starts in lower case
    /// or has no letter ("7" under "Children cost centre"), or the label stops mid-phrase.
    static func runsOn(_ label: String, with next: String) -> Bool {
        guard !label.isEmpty, let first = next.first else { return false }
        return first.isLowercase || !next.contains(where: \.isLetter) || endsMidPhrase(label)
    }

    /// A label that stops mid-phrase ("Charges for services and", "Rents, rates,"): its row's
    /// label runs on to the next line.
    static func endsMidPhrase(_ label: String) -> Bool {
        guard let last = label.split(separator: " ").last?.lowercased() else { return false }
        if let end = last.last, ",&/-–(".contains(end) { return true }
        return connectives.contains(last)
    }

    /// A year under a label that ends in a month ("Balance at 31 March" over "2026"): a date
    /// broken over two lines, not a row of its own.
    static func yearAfterMonth(_ label: String, _ next: String) -> Bool {
        guard let last = label.split(separator: " ").last?.lowercased(), months.contains(last) else { return false }
        return PDFPaperReader.isYear(next.trimmingCharacters(in: .whitespaces))
    }

    static let months: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                                      "november", "december"]

    /// A line of one year alone, left of the figures: the end of a date in the label above.
    private func isYearAlone(_ line: Line, before figureStart: Double) -> Bool {
        line.segments.count == 1 && line.segments[0].right < figureStart && PDFPaperReader.isYear(line.segments[0].text)
    }

    /// Short words a label is broken after or before, never a word cut in two.
    static let connectives: Set<String> = ["and", "of", "for", "the", "to", "in", "on", "from", "with", "by", "at", "a", "an", "or"]

    /// Words standing over the figure columns in cells of their own, not prose across the page.
    func isHeaderLike(_ line: Line, figureStart: Double) -> Bool {
        guard !line.isFigureRow, line.segments.contains(where: { $0.right >= figureStart - 1 }) else { return false }
        return line.segments.count >= 2 || line.segments[0].left >= figureStart - line.height * 3
    }

    /// "Table 5: …" on the line just under a table's last row, for a table with no such
    /// caption above it; not where figures follow close under it (the next table's caption,
    /// set above that table).
    private func captionBelow(_ end: Int) -> String? {
        var r = end + 1
        // Past the rest of the last row's label, wrapped under its figures ("Total" over "expenditure").
        if r < lines.count, !PrintedTable.isCaption(PrintedTable.oneLine(lines[r].text)), lines[r].segments.count == 1,
           !lines[r].segments[0].isFigure, lines[r].segments[0].left < (lines[end].segments.dropFirst().first?.left ?? 0) {
            r += 1
        }
        guard r < lines.count, lines[r].top - lines[r - 1].bottom < lines[r].height * Self.widestRowGap else { return nil }
        let text = PrintedTable.oneLine(lines[r].text)
        guard PrintedTable.isCaption(text) else { return nil }
        var next = r + 1
        while next < lines.count, next - r <= Self.deepestHeader + 1,
              lines[next].top - lines[next - 1].bottom < lines[next].height * Self.widestRowGap {
            if lines[next].isFigureRow { return nil }
            next += 1
        }
        return text
    }

    /// "Table 3: …" on one of the two lines above the table.
    /// Failing that, the line just above the table when it reads as a title: one cell of a few
    /// words, close above, not a sentence ("Council tax by parish and valuation band, 2025/26").
    private func captionLine(above start: Int) -> String? {
        for r in stride(from: start - 1, through: max(start - 2, 0), by: -1) where r >= 0 && r < lines.count {
            let text = PrintedTable.oneLine(lines[r].text)
            guard PrintedTable.isCaption(text) else { continue }
            // A caption wrapped onto the line under it, set flush with it and close below.
            if r == start - 2, let next = lines[r + 1].words.first, let first = lines[r].words.first, lines[r + 1].segments.count == 1,
               abs(next.left - first.left) <= 2, lines[r + 1].top - lines[r].bottom < lines[r].height * 0.5 {
                return text + " " + PrintedTable.oneLine(lines[r + 1].text)
            }
            return text
        }
        guard start >= 1, start < lines.count else { return nil }
        let above = lines[start - 1]
        let text = PrintedTable.oneLine(above.text)
        let words = text.split(separator: " ")
        guard above.segments.count == 1, !words.isEmpty, words.count <= 16, lines[start].top - above.bottom < above.height * 1.6,
              let last = text.last, !".:;,".contains(last), !above.isFigureRow, text.contains(where: \.isLetter) else { return nil }
        return text
    }
}
