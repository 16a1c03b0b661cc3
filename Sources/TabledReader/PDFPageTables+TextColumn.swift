import TabledModel

/// Columns of words among a PDF table's figures: between its labels and its figures, or
/// between two columns of figures.
extension PDFPageTables {
    /// The span of a column of single words set between the labels and the figures ("6/9"
    /// under "Proportion of Band D", beside bands "A" to "H"): in every row of figures, at
    /// least three, a word apart from its label, all flush right with one another. Nil where
    /// any row lacks one or they stand ragged: a label's last word is never taken for one.
    func innerTextColumn(in region: ClosedRange<Int>, figureStart: Double) -> (left: Double, right: Double)? {
        let figureRows = region.filter { lines[$0].isFigureRow }
        guard figureRows.count >= 3 else { return nil }
        var spans: [(left: Double, right: Double)] = []
        var labelsEnd = -Double.infinity
        for r in figureRows {
            let left = lines[r].segments.filter { $0.right < figureStart - 1 }
            guard left.count >= 2, let last = left.last, !last.isFigure, !last.text.contains(" ") else { return nil }
            spans.append((last.left, last.right))
            labelsEnd = max(labelsEnd, left[left.count - 2].right)
        }
        let rights = spans.map(\.right)
        let span = (left: spans.map(\.left).min()!, right: rights.max()!)
        guard span.right - rights.min()! <= 2, span.left > labelsEnd + lines[figureRows[0]].height else { return nil }
        // Words alone in the table (a wrapped label, a heading row) stay left of it.
        guard region.allSatisfy({ r in lines[r].isFigureRow || lines[r].segments.allSatisfy { $0.right < span.left || $0.left > figureStart - 1 } })
        else { return nil }
        return span
    }

    /// Columns of single words between two columns of figures ("6/9" under "Ratio to Band D",
    /// between dwellings and Band D equivalents): in three rows of figures at least, flush
    /// right with one another, clear of every figure. A word standing alone there, or words
    /// ragged, leave the table unclear, as before.
    func textColumnsBetween(_ columns: [(left: Double, right: Double)], in region: ClosedRange<Int>) -> [(left: Double, right: Double)] {
        guard let first = columns.first, let last = columns.last, columns.count >= 2 else { return [] }
        var groups: [(left: Double, right: Double, rows: Int)] = []
        for r in region where lines[r].isFigureRow {
            for segment in lines[r].segments.dropFirst() where !segment.isFigure && segment.left > first.right && segment.right < last.left
                && !segment.text.contains(" ") && !columns.contains(where: { segment.left <= $0.right + 1 && segment.right >= $0.left - 1 }) {
                if let g = groups.firstIndex(where: { abs($0.right - segment.right) <= 2 }) {
                    groups[g] = (min(groups[g].left, segment.left), max(groups[g].right, segment.right), groups[g].rows + 1)
                } else {
                    groups.append((segment.left, segment.right, 1))
                }
            }
        }
        return groups.filter { group in
            group.rows >= 3 && !columns.contains { group.left <= $0.right + 1 && group.right >= $0.left - 1 }
        }.map { ($0.left, $0.right) }
    }
}
