import Foundation
import TabledModel

/// One pipe table of a published Markdown paper, read into a `BudgetTable`: which columns
/// hold figures and in what unit, which rows are headings, totals, subtotals or a closing
/// balance, and which column is a Total.
struct PipeTableReading {
    let table: TableBlock
    let hint: MarkdownTableHint?
    let file: String
    /// The paper's lines, to place each figure at its own column.
    let lines: [Substring]
    let name: String
    private(set) var diagnostics: [Diagnostic] = []

    init(table: TableBlock, hint: MarkdownTableHint?, file: String, lines: [Substring], name: String) {
        self.table = table
        self.hint = hint
        self.file = file
        self.lines = lines
        self.name = name
    }

    private var headerLine: Int { table.sourceLine ?? 1 }

    mutating func read() -> PublishedPaper.FoundTable {
        let location = SourceLocation(file: file, line: headerLine, column: 1)
        func found(_ reading: PublishedPaper.FoundTable.Reading) -> PublishedPaper.FoundTable {
            PublishedPaper.FoundTable(name: name, location: location, reading: reading)
        }
        if hint == .ignore { return found(.ignored) }
        let header = table.columns.map { $0.header.plainText.trimmingCharacters(in: .whitespaces) }
        let rows = table.rows.map { row in
            table.columns.indices.map { c in c < row.cells.count ? row.cells[c].plainText.trimmingCharacters(in: .whitespaces) : "" }
        }
        let columns = header.count
        guard columns >= 2, !rows.isEmpty else { return found(.notChecked(.noFigures)) }

        // Which columns hold figures, and in what unit. Percentages are not meant to add up.
        var units: [Int: AmountUnit?] = [:]
        for c in 1..<columns {
            let read = rows.map { Amount.read($0[c]) }
            let figures = read.filter { $0.amount != nil }.count
            let unreadable = read.filter { if case .unreadable = $0 { return true } else { return false } }.count
            guard figures > 0, figures >= unreadable else { continue }
            let unit = Self.unit(inHeader: header[c])
                ?? read.lazy.compactMap { if case .figure(_, let u?) = $0 { return u } else { return nil } }.first
            if unit == .percent { continue }
            units[c] = unit
        }
        guard !units.isEmpty else { return found(.notChecked(.noFigures)) }

        // Cells: a figure that cannot be read is left out with a warning, never refused.
        var cells: [[TableCell]] = []
        for (r, row) in rows.enumerated() {
            var rowCells: [TableCell] = []
            for c in 1..<columns {
                let text = Located(row[c], at: cellLocation(row: r, column: c))
                guard units[c] != nil else {
                    rowCells.append(TableCell(text: text, value: .noFigure))
                    continue
                }
                var cell = TableCell.reading(text)
                if case .unreadable(let failure) = cell.value {
                    diagnostics.append(Diagnostic(.unreadableValue(text.value, failure), at: text.location, table: name))
                    cell.value = .illegible
                }
                rowCells.append(cell)
            }
            cells.append(rowCells)
        }

        let labels = rows.map { $0[0] }
        let isHeading = rows.indices.map { r in
            units.keys.allSatisfy { c in cells[r][c - 1].value == .noFigure } && Self.totalKind(labels[r]) == nil
        }
        let kinds = rowKinds(labels: labels, isHeading: isHeading)
        let budgetColumns = (1..<columns).map { c -> TableColumn in
            let columnLocation = SourceLocation(file: file, line: headerLine, column: 1)
            guard let unit = units[c] else {
                return TableColumn(id: nil, label: Located(header[c], at: columnLocation), kind: .text, unit: nil, checked: false,
                                   location: columnLocation)
            }
            return TableColumn(id: nil, label: Located(header[c], at: columnLocation), kind: .values,
                               unit: unit.map { Located($0, at: columnLocation) }, checked: true, location: columnLocation)
        }
        var model = BudgetTable(
            id: Located(name, at: location), caption: Located(name, at: location), unit: Located(.number, at: location),
            negative: .brackets, label: Located(header[0], at: location), columns: budgetColumns,
            rows: rows.indices.map { r in
                let rowLocation = SourceLocation(file: file, line: headerLine + 2 + r, column: 1)
                return TableRow(id: nil, label: Located(labels[r], at: rowLocation), kind: kinds[r],
                                cells: kinds[r] == .heading ? [] : cells[r], location: rowLocation)
            },
            exact: false, location: location)
        markTotalColumns(&model, header: header)
        return found(.structured(model))
    }

    /// Each row's kind: a balance closes on its last row; otherwise rows labelled total or
    /// sub-total add the data rows above them. A total with nothing above it to add stands alone.
    private func rowKinds(labels: [String], isHeading: [Bool]) -> [TableRow.Kind] {
        let last = labels.count - 1
        let balance = hint == .balance || (hint == nil && labels.count >= 3 && Self.isOpening(labels[0]) && Self.isClosing(labels[last]))
        var kinds: [TableRow.Kind] = []
        var sumStart = 0
        var subtotalStart = 0
        for r in labels.indices {
            if isHeading[r] {
                kinds.append(.heading)
                subtotalStart = r + 1
                continue
            }
            var total = Self.totalKind(labels[r])
            if balance {
                kinds.append(r == last ? .total(.balance) : (total == nil ? .data : .standalone))
                continue
            }
            if hint == .sum && r == last { total = .sum }
            guard let total else {
                kinds.append(.data)
                continue
            }
            let start = total == .sum ? sumStart : subtotalStart
            let hasMembers = (start..<r).contains { kinds[$0] == .data }
            kinds.append(hasMembers ? .total(total) : .standalone)
            subtotalStart = r + 1
            if total == .sum { sumStart = r + 1 }
        }
        return kinds
    }

    /// A figure column headed Total adds the figure columns to its left, back to the previous Total.
    private func markTotalColumns(_ model: inout BudgetTable, header: [String]) {
        var hasMembers = false
        for (c, column) in model.columns.enumerated() where !column.isText {
            if Self.totalKind(header[c + 1]) != nil && hasMembers {
                model.columns[c].kind = .sum
                hasMembers = false
            } else {
                hasMembers = true
            }
        }
    }

    /// Where a cell's text stands on its line: the header and the delimiter row come first.
    private func cellLocation(row r: Int, column c: Int) -> SourceLocation {
        let lineNumber = headerLine + 2 + r
        var column = 1
        if lineNumber - 1 < lines.count {
            // Walk the unescaped pipes to the cell, then past its leading spaces.
            let text = Array(lines[lineNumber - 1].unicodeScalars)
            var i = 0
            while i < text.count && text[i] == " " { i += 1 }
            var pipes = 0
            let target = i < text.count && text[i] == "|" ? c + 1 : c
            while i < text.count && pipes < target {
                if text[i] == "|" && (i == 0 || text[i - 1] != "\\") { pipes += 1 }
                i += 1
            }
            while i < text.count && text[i] == " " { i += 1 }
            column = i + 1
        }
        return SourceLocation(file: file, line: lineNumber, column: column)
    }

    // MARK: Guesses from the words

    static func totalKind(_ label: String) -> TableRow.Total? {
        if Words.contains(label, anyOf: ["subtotal", "subtotals", "sub-total", "sub-totals", "sub total", "sub totals"]) { return .subtotal }
        if Words.contains(label, anyOf: ["total", "totals"]) { return .sum }
        return nil
    }

    static func isOpening(_ label: String) -> Bool {
        Words.contains(label, anyOf: ["opening", "brought forward", "b/f", "at beginning", "at the beginning", "at start", "at the start",
                                      "balance at"])
    }

    static func isClosing(_ label: String) -> Bool {
        Words.contains(label, anyOf: ["closing", "carried forward", "c/f", "forecast position", "outturn", "balance at"])
    }

    /// The unit a header names: "2006/07 Budget £m", "(£'000)", "%".
    static func unit(inHeader text: String) -> AmountUnit? {
        let t = text.lowercased().replacingOccurrences(of: " ", with: "")
        if t.contains("£bn") { return .billions }
        if t.contains("£m") { return .millions }
        if t.contains("£000") || t.contains("£'000") || t.contains("£k") { return .thousands }
        if t.contains("%") { return .percent }
        if t.contains("£") { return .pounds }
        return nil
    }
}
