import TabledModel

/// A column of words between a PDF table's labels and its figures.
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
}
