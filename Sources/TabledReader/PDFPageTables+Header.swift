import TabledModel

/// A table's header on a PDF page: the lines above its first row of figures.
extension PDFPageTables {
    /// The lines just above the figures whose words stand over the columns, up to
    /// `deepestHeader`, with the label column's own heading wrapped beside them.
    func headerRows(above start: Int, columns: [(left: Double, right: Double)], figureStart: Double) -> [[PrintedTable.Cell]] {
        var header: [[PrintedTable.Cell]] = []
        var r = start - 1
        while r >= 0 && header.count < Self.deepestHeader {
            let line = lines[r]
            let below = lines[r + 1]
            guard below.top - line.bottom < line.height * 1.8, !line.isFigureRow else { break }
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
                if segment.right < figureStart - 1 {
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
                // A heading over several columns stands over each of them.
                let nearest = covered.isEmpty
                    ? columns.indices.min { abs(columns[$0].right - segment.right) < abs(columns[$1].right - segment.right) }.map { [$0] } ?? []
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
