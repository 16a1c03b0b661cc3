import Foundation
import TabledModel

/// One printed table of a published paper, read into a `BudgetTable`: which columns hold
/// figures and in what unit, which rows are headings, totals, subtotals or a closing
/// balance, and which column is a Total. Every reader's tables come through here.
///
/// This is only the structure the paper states (a label, a Total heading, a hint), which
/// may give errors. Structure inferred from the figures, which may only confirm, is the
/// checker's (`StructureInference`).
struct PrintedTableReading {
    let printed: PrintedTable
    let name: String
    private(set) var diagnostics: [Diagnostic] = []

    init(printed: PrintedTable, name: String) {
        self.printed = printed
        self.name = name
    }

    private var hint: TableHint? { printed.hint }

    /// Reads a paper's tables, naming each by its caption or nearest heading (the header row
    /// if there is neither); two tables of one name are told apart by where they are.
    static func readAll(_ tables: [PrintedTable]) -> (tables: [PublishedPaper.FoundTable], diagnostics: [Diagnostic]) {
        var seen: [String: Int] = [:]
        var found: [PublishedPaper.FoundTable] = []
        var diagnostics: [Diagnostic] = []
        for var printed in tables {
            // A units row under the header ("| | £000 | £000 |" as a Markdown table's first
            // row): part of the header, not a row of noughts.
            while printed.rows.count > 1, let first = printed.rows.first, Self.isUnitsRow(first) {
                printed.header.append(first)
                printed.rows.removeFirst()
            }
            var name = printed.caption.map(PrintedTable.oneLine) ?? ""
            if name.isEmpty { name = printed.columnHeadings.filter { !$0.isEmpty }.joined(separator: " ") }
            if name.isEmpty { name = "table at \(printed.location.place)" }
            seen[name, default: 0] += 1
            if seen[name]! > 1 { name += " (\(printed.location.place))" }
            var reading = PrintedTableReading(printed: printed, name: name)
            found.append(reading.read())
            diagnostics += reading.diagnostics
        }
        return (found, diagnostics)
    }

    /// What a header cell under a table's first row holds: words, a unit ("£000"), or
    /// nothing; never a figure, nor what stands for one ("TBC", "n/a", a dash), which are a row's.
    static func isHeadingCell(_ text: String) -> Bool {
        if text.trimmedOfWhitespace.isEmpty || PDFPaperReader.isUnitHeading(text) { return true }
        if case .unreadable = Amount.read(text) { return true }
        return false
    }

    /// A row of units over the figure columns and nothing else: "£000", "£'000", "£m", "%".
    static func isUnitsRow(_ row: [PrintedTable.Cell]) -> Bool {
        let units = row.dropFirst().map(\.text.trimmedOfWhitespace).filter { !$0.isEmpty }
        return !units.isEmpty && row.first?.text.trimmedOfWhitespace.isEmpty != false
            && units.allSatisfy { $0 == "%" || PDFPaperReader.isUnitHeading($0) }
    }

    mutating func read() -> PublishedPaper.FoundTable {
        let location = printed.location
        func found(_ reading: PublishedPaper.FoundTable.Reading) -> PublishedPaper.FoundTable {
            PublishedPaper.FoundTable(name: name, location: location, reading: reading, printed: printed)
        }
        if hint == .ignore { return found(.ignored) }
        if let why = printed.unclear { return found(.notChecked(.layoutUnclear(why))) }
        let columns = printed.width
        let header = printed.columnHeadings
        let rows: [[PrintedTable.Cell]] = printed.rows.map { row in
            row.count == columns ? row
                : (0..<columns).map { c in c < row.count ? row[c] : PrintedTable.Cell(text: "", location: row.last?.location ?? location) }
        }
        guard columns >= 2, !rows.isEmpty else { return found(.notChecked(.noFigures)) }

        // Which columns hold figures, and in what unit. Percentages are not meant to add up.
        var units: [Int: AmountUnit?] = [:]
        // Columns whose figures carry a bare pound sign and no scale of their own ("£12,500"
        // under "£'000"): the sign names the currency, the header the scale.
        var currencySigned: Set<Int> = []
        // Columns whose figures carry scales of their own ("£450k", "£1.2m" under "£"): all
        // read in the coarsest, where shifting the point is exact and keeps what each figure
        // is good to (£2m is good to half a million, whatever it is written in).
        var coarsest: [Int: (from: AmountUnit, to: AmountUnit)] = [:]
        // Each column's figures as read, kept for its cells: a figure is read once, row by row,
        // so that a long table's rows are walked once, not once a column.
        var figuresRead: [[PrintedValue]] = Array(repeating: [], count: columns)
        for c in 1..<columns { figuresRead[c].reserveCapacity(rows.count) }
        for row in rows {
            for c in 1..<columns { figuresRead[c].append(Self.figure(row[c].text)) }
        }
        for c in 1..<columns {
            let read = figuresRead[c]
            let figures = read.filter { $0.amount != nil }.count
            let unreadable = read.filter { if case .unreadable = $0 { return true } else { return false } }.count
            // A column of figures none of which can be read ("TBC", or cut by a PDF's page edge)
            // is still figures, every one of them not checked.
            let illegible = read.filter { if case .illegible = $0 { return true } else { return false } }.count
            guard figures > 0 ? figures >= unreadable : illegible > 0 && unreadable == 0 else { continue }
            let unit = Self.unit(inHeader: header[c])
                ?? read.lazy.compactMap { if case .figure(_, let u?) = $0 { return u } else { return nil } }.first
            if unit == .percent { continue }
            units[c] = unit
            let printedUnits = Set(read.compactMap { if case .figure(_, let u?) = $0 { return u } else { return nil } })
            if printedUnits == [.pounds], let unit, unit != .pounds, unit.poundsExponent != nil {
                currencySigned.insert(c)
            } else if printedUnits.contains(where: { $0 != unit }), printedUnits.allSatisfy(\.isMoney), unit?.isMoney ?? true,
                      // A bare "£2,500" under "£m" may be the currency or a slip: a clash, not pounds.
                      unit == nil || unit == .pounds || !printedUnits.contains(.pounds) {
                // A bare figure beside them is in the header's unit, or else in pounds.
                let scales = printedUnits.union([unit ?? .pounds])
                let target = scales.max { ($0.poundsExponent ?? 0) < ($1.poundsExponent ?? 0) } ?? .pounds
                coarsest[c] = (unit ?? .pounds, target)
                units[c] = target
            }
        }
        guard !units.isEmpty else { return found(.notChecked(.noFigures)) }

        // Cells: a figure that cannot be read is left out with a warning, never refused.
        var cells: [[TableCell]] = []
        cells.reserveCapacity(rows.count)
        for (r, row) in rows.enumerated() {
            var rowCells: [TableCell] = []
            rowCells.reserveCapacity(columns - 1)
            for c in 1..<columns {
                let text = Located(row[c].text, at: row[c].location)
                guard units[c] != nil else {
                    rowCells.append(TableCell(text: text, value: .noFigure))
                    continue
                }
                var cell = TableCell(text: text, value: figuresRead[c][r])
                if case .figure(let amount, .pounds?) = cell.value, currencySigned.contains(c) {
                    cell.value = .figure(amount, printedUnit: nil)
                }
                if case .figure(_, let printed) = cell.value, let scale = coarsest[c],
                   let converted = cell.value.converted(from: printed ?? scale.from, to: scale.to) {
                    cell.value = converted
                }
                if case .unreadable(let failure) = cell.value {
                    diagnostics.append(Diagnostic(.unreadableValue(text.value, failure), at: text.location, table: name))
                    cell.value = .illegible
                }
                rowCells.append(cell)
            }
            cells.append(rowCells)
        }

        // A row's label is its words before the first column of figures: a number or code
        // column first ("No.", "Ref") leaves the label in the next, and a total row's "Total"
        // stands there under an empty number.
        let firstFigures = units.keys.min() ?? columns
        let labels = rows.map { row in
            firstFigures == 1 ? row[0].text : row[..<firstFigures].map(\.text.trimmedOfWhitespace).filter { !$0.isEmpty }.joined(separator: " ")
        }
        let isHeading = rows.indices.map { r in
            units.keys.allSatisfy { c in cells[r][c - 1].value == .noFigure } && TotalLabels.kind(labels[r]) == nil
        }
        let kinds = rowKinds(labels: labels, isHeading: isHeading)
        let headerLocation = printed.header.first?.first?.location ?? location
        let budgetColumns = (1..<columns).map { c -> TableColumn in
            let columnLocation = c < (printed.header.first?.count ?? 0) ? printed.header[0][c].location : headerLocation
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
                let rowLocation = rows[r][0].location
                var row = TableRow(id: nil, label: Located(labels[r], at: rowLocation), kind: kinds[r],
                                   cells: kinds[r] == .heading ? [] : cells[r], location: rowLocation)
                // "Less: specific grants (18,640)": printed negative, its figures carry their own
                // sign. A row negative in some columns only ("Less: Contingency" 1,500 in the
                // budget, (1,500) in the variance) is still taken away in each.
                if TableRow.saysLess(labels[r]) {
                    let signs = row.cells.compactMap { $0.value.amount }.filter { !$0.isZero }.map { $0.significand < 0 }
                    row.subtracted = signs.isEmpty || signs.contains(false)
                }
                return row
            },
            exact: false, location: location)
        markTotalColumns(&model, header: header)
        return found(.structured(model))
    }

    /// Each row's kind: a balance closes on its last row; otherwise rows labelled total or
    /// sub-total add the data rows above them, and a plain "Total" under other totals is
    /// their grand total. A total with nothing above it to add stands alone.
    private func rowKinds(labels: [String], isHeading: [Bool]) -> [TableRow.Kind] {
        let last = labels.count - 1
        let balance = hint == .balance || (hint == nil && labels.count >= 3 && BalanceLabels.isOpening(labels[0]) && BalanceLabels.isClosing(labels[last]))
        var kinds: [TableRow.Kind] = []
        var sumStart = 0
        var subtotalStart = 0
        var grandStart = 0
        // Kept as the rows go, so that reading stays linear in the rows: the last total (since
        // the last grand total), and the last data row.
        var lastTotal = -1
        var lastData = -1
        for r in labels.indices {
            // A spacer row, empty all through, neither closes a block nor belongs to one.
            if isHeading[r] && labels[r].trimmedOfWhitespace.isEmpty {
                kinds.append(.standalone)
                continue
            }
            if isHeading[r] {
                kinds.append(.heading)
                subtotalStart = r + 1
                continue
            }
            // "of which: older people" breaks down the row above, already counted in it; a
            // memorandum row stands beside the table's arithmetic.
            if Self.isBreakdown(labels[r]) {
                kinds.append(.standalone)
                continue
            }
            var total = TotalLabels.kind(labels[r])
            if balance {
                kinds.append(r == last ? .total(.balance) : (total == nil ? .data : .standalone))
                continue
            }
            let totalsAbove = lastTotal >= grandStart
            if (hint == .sum && r == last) || (total == .sum && Self.isGrandTotal(labels[r]) && totalsAbove) { total = .grand }
            guard let total else {
                kinds.append(.data)
                lastData = r
                continue
            }
            let start = switch total {
            case .sum: sumStart
            case .grand: grandStart
            default: subtotalStart
            }
            let hasMembers = lastData >= start
            kinds.append(hasMembers ? .total(total) : .standalone)
            if hasMembers { lastTotal = r }
            subtotalStart = r + 1
            if total != .subtotal { sumStart = r + 1 }
            if total == .grand { grandStart = r + 1 }
        }
        return kinds
    }

    /// A figure column headed Total adds the figure columns to its left, back to the previous Total.
    private func markTotalColumns(_ model: inout BudgetTable, header: [String]) {
        var hasMembers = false
        for (c, column) in model.columns.enumerated() where !column.isText {
            if TotalLabels.kind(header[c + 1]) != nil && hasMembers {
                model.columns[c].kind = .sum
                hasMembers = false
            } else {
                hasMembers = true
            }
        }
    }

    /// Words set as superscript, written as the footnote marker they are: digits as
    /// superscript digits ("²"), a letter or two in brackets (" (a)"), a symbol as it is;
    /// anything else (an ordinal's "st") as it stands.
    static func footnoteMarker(_ raised: String) -> String {
        let text = raised.trimmedOfWhitespace
        guard !text.isEmpty, text.count <= 3 else { return raised }
        let superscripts: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        if text.allSatisfy(\.isASCII) && text.allSatisfy(\.isNumber) {
            return String(text.compactMap { $0.wholeNumberValue.map { superscripts[$0] } })
        }
        if text.count == 1, "*†‡§#".contains(text) { return text }
        let letters = text.filter { $0 != "(" && $0 != ")" }
        if letters.count <= 2, letters.allSatisfy(\.isLetter), !["st", "nd", "rd", "th"].contains(letters.lowercased()) {
            return " (\(letters))"
        }
        return raised
    }

    /// A printed figure, read without a footnote's marker after it ("1,234*", "567†", "89 (a)").
    static func figure(_ text: String) -> PrintedValue {
        let value = Amount.read(text)
        guard case .unreadable = value else { return value }
        var trimmed = Substring(text.trimmedOfWhitespace)
        if trimmed.hasSuffix(")"), trimmed.count >= 4, trimmed.dropLast().last?.isLetter == true,
           trimmed.dropLast(2).last == "(" {
            trimmed = trimmed.dropLast(3)
            while trimmed.last?.isWhitespace == true { trimmed = trimmed.dropLast() }
        } else {
            while let last = trimmed.last, "*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰#".contains(last) { trimmed = trimmed.dropLast() }
        }
        guard trimmed.count < text.trimmedOfWhitespace.count, trimmed.last?.isNumber == true || trimmed.last == ")" else { return value }
        let marked = Amount.read(String(trimmed))
        return marked.amount != nil ? marked : value
    }

    // MARK: Guesses from the words

    /// A row that is part of the row above, or a note beside the table: "of which: …",
    /// "- of which …", "Memo: …", "Memorandum item".
    static func isBreakdown(_ label: String) -> Bool {
        // Only the first letters matter: a label is not lower-cased whole for them.
        let start = label.drop { "-–—•*(".contains($0) || $0.isWhitespace }.prefix(10).lowercased()
        return ["of which", "memo:", "memo ", "memorandum"].contains { start.hasPrefix($0) }
    }

    /// A total that names nothing but itself: "Total", "Grand total", "Overall total", "TOTAL (net)".
    static func isGrandTotal(_ label: String) -> Bool {
        let words = label.lowercased().split { !$0.isLetter }.filter { !["total", "totals", "grand", "overall", "net", "gross", "all"].contains($0) }
        return words.isEmpty
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
