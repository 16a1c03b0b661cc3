import TabledModel

/// A table's header on a PDF page: the lines above its first row of figures.
extension PDFPageTables {
    /// The lines just above the figures whose words stand over the columns, up to
    /// `deepestHeader`, with the label column's own heading wrapped beside them. `labelRight`:
    /// where the rows' labels end; a heading starting past them, left of the figures, is the
    /// first figure column's, set flush left in its cell ("Budget" over figures flush right).
    func headerRows(above start: Int, columns: [(left: Double, right: Double)], figureStart: Double,
                    labelRight: Double) -> [[PrintedTable.Cell]] {
        var header: [[PrintedTable.Cell]] = []
        let starts = cellStarts(above: start)
        var r = start - 1
        while r >= 0 && header.count < Self.deepestHeader {
            let line = Self.split(lines[r], at: starts, labelLeft: lines[start].words.first?.left ?? 0)
            let below = lines[r + 1]
            guard below.top - line.bottom < line.height * 1.8, !line.isFigureRow, !PrintedTable.isCaption(PrintedTable.oneLine(line.text))
            else { break }
            // A line of prose running across the columns is not a header.
            let overColumns = line.segments.filter { $0.right >= figureStart - 1 }
            // The label column's heading, wrapped between lines over the columns ("All / Portfolio's, / Sep-05").
            let labelHeading = overColumns.isEmpty && line.segments.count == 1 && !header.isEmpty
                && !PrintedTable.isCaption(PrintedTable.oneLine(line.text)) && r > 0 && isHeaderLike(lines[r - 1], figureStart: figureStart)
            // A heading over the first figure column may start a little left of its figures.
            guard labelHeading || (!overColumns.isEmpty && (line.segments.count >= 2 || line.segments[0].left >= figureStart - line.height * 3))
            else { break }
            var cells = [PrintedTable.Cell](repeating: PrintedTable.Cell(text: "", location: location(line)), count: columns.count + 1)
            for segment in line.segments {
                // A heading set flush left in its cell, over figures set flush right.
                if segment.right < figureStart - 1, let s = starts.firstIndex(where: { abs($0 - segment.left) <= Self.flush }) {
                    let end = s + 1 < starts.count ? starts[s + 1] : .greatestFiniteMagnitude
                    let under = columns.indices.filter { columns[$0].left >= segment.left - 1 && columns[$0].right <= end }
                    for c in under {
                        cells[c + 1] = PrintedTable.Cell(text: cells[c + 1].text.isEmpty ? segment.text : cells[c + 1].text + " " + segment.text,
                                                         location: location(line, column: c + 2))
                    }
                    if !under.isEmpty { continue }
                }
                if segment.right < figureStart - 1 && (segment.left <= labelRight + 2 || columns.isEmpty) {
                    cells[0].text = cells[0].text.isEmpty ? segment.text : cells[0].text + " " + segment.text
                    continue
                }
                let covered = columns.indices.filter { segment.left <= columns[$0].right + 1 && segment.right >= columns[$0].left - 1 }
                // Headings of columns set a space apart: each its own column's.
                if covered.count >= 2, let split = Self.headingsByColumn(line.words, in: segment, columns: covered.map { columns[$0] }) {
                    for (k, c) in covered.enumerated() {
                        cells[c + 1] = PrintedTable.Cell(text: cells[c + 1].text.isEmpty ? split[k] : cells[c + 1].text + " " + split[k],
                                                         location: location(line, column: c + 2))
                    }
                    continue
                }
                // A heading over several columns stands over each of them; one between two
                // columns is the right-hand one's, whose cell runs left to the column before
                // (a heading set flush left over figures set flush right).
                let nearest = covered.isEmpty
                    ? [columns.firstIndex { $0.right > segment.right } ?? columns.count - 1]
                    : covered
                for c in nearest {
                    cells[c + 1] = PrintedTable.Cell(text: cells[c + 1].text.isEmpty ? segment.text : cells[c + 1].text + " " + segment.text,
                                                     location: location(line, column: c + 2))
                }
            }
            header.insert(cells, at: 0)
            r -= 1
        }
        return header
    }

    /// Where heading cells start that a web page printed sets with no gap between them: a
    /// left edge two or more of the lines above the table share, past the labels' own. A
    /// heading set flush left starts each of its lines there ("Proportion of / Band D"),
    /// though the cell before it ends less than a word space away.
    func cellStarts(above start: Int) -> [Double] {
        guard start >= 1, let labelLeft = lines[start].words.first?.left else { return [] }
        var lefts: [(left: Double, line: Int)] = []
        var r = start - 1
        while r >= 0 && start - r <= Self.deepestHeader && !lines[r].isFigureRow
                && lines[r + 1].top - lines[r].bottom < lines[r].height * 1.8 && !PrintedTable.isCaption(PrintedTable.oneLine(lines[r].text)) {
            for word in lines[r].words where word.left > labelLeft + 2 { lefts.append((word.left, r)) }
            r -= 1
        }
        lefts.sort { $0.left < $1.left }
        var starts: [Double] = []
        var i = 0
        while i < lefts.count {
            var j = i
            while j + 1 < lefts.count && lefts[j + 1].left - lefts[i].left <= Self.flush { j += 1 }
            if Set(lefts[i...j].map(\.line)).count >= 2 { starts.append(lefts[i].left) }
            i = j + 1
        }
        return starts
    }

    /// How far apart two left edges may be and be one: text set flush left starts at the same
    /// point to a few hundredths; centred and right-aligned headings meet within a point or so
    /// by chance.
    static let flush = 0.3

    /// `line` with a cell parted wherever one of its words begins at a heading cell's start,
    /// where every part then starts a cell: the label column's (at `labelLeft`) or another's.
    /// A line that starts elsewhere (a caption wrapped above the table) is left whole.
    static func split(_ line: Line, at starts: [Double], labelLeft: Double) -> Line {
        guard !starts.isEmpty else { return line }
        var parted = line
        parted.segments = []
        for segment in line.segments {
            let words = line.words.filter { $0.left >= segment.left - 0.5 && $0.right <= segment.right + 0.5 }
            var pieces: [[PDFPaperReader.Word]] = []
            for word in words {
                if pieces.isEmpty || starts.contains(where: { abs($0 - word.left) <= Self.flush }) { pieces.append([word]) } else { pieces[pieces.count - 1].append(word) }
            }
            let first = pieces.first?.first?.left ?? -1
            guard pieces.count >= 2, abs(first - labelLeft) <= 1.5 || starts.contains(where: { abs($0 - first) <= Self.flush }) else {
                parted.segments.append(segment)
                continue
            }
            for piece in pieces {
                let text = piece.map(\.text).joined(separator: " ")
                parted.segments.append(Segment(text: text, left: piece.first!.left, right: piece.last!.right,
                                               isFigure: PDFPaperReader.isFigure(text), block: piece.first!.block))
            }
        }
        return parted
    }

    /// The words of a heading cell that covers several columns set close, one run of words per
    /// column, each run ending flush with its column's right edge ("2024/25 2025/26" over two
    /// columns of figures a space apart) or starting flush with its left; nil for a heading
    /// that spans them (a group heading centred over its columns is flush with at most one).
    static func headingsByColumn(_ words: [PDFPaperReader.Word], in segment: Segment,
                                 columns: [(left: Double, right: Double)]) -> [String]? {
        let inside = words.filter { $0.left >= segment.left - 0.5 && $0.right <= segment.right + 0.5 }
        // Runs that end flush with their columns' right edges.
        var runs: [String] = []
        var run: [String] = []
        for word in inside {
            run.append(word.text)
            guard runs.count < columns.count else { return nil }
            if abs(word.right - columns[runs.count].right) <= 2 {
                runs.append(run.joined(separator: " "))
                run = []
            }
        }
        if run.isEmpty && runs.count == columns.count { return runs }
        // Or runs that start flush with their columns' left edges ("Band A Band B", left-aligned
        // over figures that fill their cells).
        var starts: [[String]] = []
        for word in inside {
            if starts.count < columns.count, abs(word.left - columns[starts.count].left) <= 2 {
                starts.append([word.text])
            } else if !starts.isEmpty {
                starts[starts.count - 1].append(word.text)
            } else {
                return nil
            }
        }
        return starts.count == columns.count ? starts.map { $0.joined(separator: " ") } : nil
    }
}
