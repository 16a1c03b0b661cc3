import Foundation
import TabledMarkdown
import TabledModel

/// Makes sense of a GitHub pipe table in an existing paper and checks what it claims.
///
/// The guesses follow DESIGN.md section 6: a row labelled total or sub-total adds the
/// rows above it, a column headed Total adds the columns to its left, and a table that
/// runs from an opening balance to a closing one is a balance. A table it cannot make
/// sense of is reported as not checked, never as passed.
struct MarkdownTableChecker {
    let table: MarkdownTable
    let hint: MarkdownTableHint?
    let file: String
    /// The paper's lines, to place each figure at its own column.
    let lines: [Substring]
    let name: String

    private var header: [String] { table.header.map { $0.plainText.trimmingCharacters(in: .whitespaces) } }
    private var body: [[String]] {
        table.rows.map { row in row.map { $0.plainText.trimmingCharacters(in: .whitespaces) } }
    }

    /// 1-based line of body row r: the header and the delimiter row come first.
    private func line(ofRow r: Int) -> Int { table.line + 2 + r }

    /// Where a cell's text stands on its line, for diagnostics.
    private func location(row r: Int, column c: Int) -> SourceLocation {
        let lineNumber = line(ofRow: r)
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

    func check() -> (diagnostics: [Diagnostic], verdict: TableVerdict) {
        var verdict = TableVerdict(table: name)
        if hint == .ignore { return ([], verdict) }
        let rows = body
        let columns = max(header.count, rows.map(\.count).max() ?? 0)
        guard columns >= 2, !rows.isEmpty else { return ([notChecked(MarkdownMessages.noFigures)], verdict) }

        var diagnostics: [Diagnostic] = []
        // Which columns hold figures, and in what unit.
        var valueColumns: [Int] = []
        var units: [Int: AmountUnit] = [:]
        for c in 1..<columns {
            let cells = rows.map { c < $0.count ? $0[c] : "" }
            let read = cells.map(Amount.read)
            let figures = read.filter { $0.amount != nil }.count
            let unreadable = read.filter { if case .unreadable = $0 { return true } else { return false } }.count
            guard figures > 0, figures >= unreadable else { continue }
            let headerText = c < header.count ? header[c] : ""
            var unit = MarkdownTableChecker.unit(inHeader: headerText)
            if unit == nil {
                unit = read.lazy.compactMap { if case .figure(_, let u?) = $0 { return u } else { return nil } }.first
            }
            // Percentages and the like are not meant to add up.
            if unit == .percent { continue }
            valueColumns.append(c)
            units[c] = unit
        }
        guard !valueColumns.isEmpty else { return ([notChecked(MarkdownMessages.noFigures)], verdict) }

        var cells: [CellPosition: TableArithmetic.Cell] = [:]
        for (r, row) in rows.enumerated() {
            for c in valueColumns {
                let text = c < row.count ? row[c] : ""
                var value = Amount.read(text)
                let location = self.location(row: r, column: c)
                switch value {
                case .unreadable(let failure):
                    diagnostics.append(Diagnostic(id: CheckDiagnostic.badValue, severity: .warning,
                                                  message: CheckMessages.badValue(text, failure), location: location, table: name))
                    value = .illegible
                case .figure(_, let printed?):
                    if let columnUnit = units[c], printed != columnUnit {
                        diagnostics.append(Diagnostic(id: CheckDiagnostic.unitMismatch, severity: .error,
                                                      message: CheckMessages.unitMismatch(text, printed: printed, column: columnUnit),
                                                      location: location, table: name))
                        value = .illegible
                    }
                default:
                    break
                }
                cells[CellPosition(row: r, column: c)] = .init(value: value, location: location)
            }
        }

        let labels = rows.map { $0.first ?? "" }
        let isHeading = rows.indices.map { r in valueColumns.allSatisfy { c in
            if case .noFigure? = cells[CellPosition(row: r, column: c)]?.value { return true } else { return false }
        } && MarkdownTableChecker.totalKind(labels[r]) == nil }
        var identities: [Identity] = []

        let balance = hint == .balance || (hint == nil && rows.count >= 3
            && MarkdownTableChecker.isOpening(labels[0]) && MarkdownTableChecker.isClosing(labels[rows.count - 1]))
        if balance {
            let last = rows.count - 1
            let members = (0..<last).filter { !isHeading[$0] && MarkdownTableChecker.totalKind(labels[$0]) == nil }
            for c in valueColumns {
                identities.append(Identity(
                    kind: .total, target: CellPosition(row: last, column: c),
                    terms: members.map { .init(sign: 1, position: CellPosition(row: $0, column: c), name: "row \($0 + 1) '\(labels[$0])'") },
                    termsDescription: "the opening balance (row \(members.first.map { $0 + 1 } ?? 1)) and the movements after it (" + IdentityBuilder.describeRows(Array(members.dropFirst())) + ")",
                    targetDescription: "the closing row '\(labels[last])'"))
            }
        } else {
            identities += rowTotals(labels: labels, isHeading: isHeading, valueColumns: valueColumns)
        }
        identities += columnTotals(rows: rows, valueColumns: valueColumns, isHeading: isHeading)

        guard !identities.isEmpty else { return (diagnostics + [notChecked(MarkdownMessages.noIdentity)], verdict) }
        let arithmetic = TableArithmetic(table: name, cells: cells, identities: identities, exact: false, negative: .brackets)
        let (found, result) = arithmetic.evaluate()
        verdict = result
        if !verdict.isChecked { diagnostics.append(notChecked(MarkdownMessages.nothingCheckable)) }
        return (diagnostics + found, verdict)
    }

    private func rowTotals(labels: [String], isHeading: [Bool], valueColumns: [Int]) -> [Identity] {
        var identities: [Identity] = []
        var sumStart = 0
        var subtotalStart = 0
        let lastRow = labels.count - 1
        for r in labels.indices {
            var kind = MarkdownTableChecker.totalKind(labels[r])
            if hint == .sum && r == lastRow { kind = .sum }
            guard let kind else {
                if isHeading[r] { subtotalStart = r + 1 }
                continue
            }
            let start = kind == .sum ? sumStart : subtotalStart
            let members = (start..<r).filter { !isHeading[$0] && MarkdownTableChecker.totalKind(labels[$0]) == nil }
            if !members.isEmpty {
                for c in valueColumns {
                    identities.append(Identity(
                        kind: .total, target: CellPosition(row: r, column: c),
                        terms: members.map { .init(sign: 1, position: CellPosition(row: $0, column: c), name: "row \($0 + 1) '\(labels[$0])'") },
                        termsDescription: IdentityBuilder.describeRows(members) + (valueColumns.count > 1 ? " in column '\(header[c])'" : ""),
                        targetDescription: "the total row '\(labels[r])'"))
                }
            }
            subtotalStart = r + 1
            if kind == .sum { sumStart = r + 1 }
        }
        return identities
    }

    private func columnTotals(rows: [[String]], valueColumns: [Int], isHeading: [Bool]) -> [Identity] {
        var identities: [Identity] = []
        var start = 1
        for c in valueColumns where c < header.count && MarkdownTableChecker.totalKind(header[c]) != nil {
            let members = valueColumns.filter { $0 >= start && $0 < c }
            start = c + 1
            guard !members.isEmpty else { continue }
            for r in rows.indices where !isHeading[r] {
                identities.append(Identity(
                    kind: .total, target: CellPosition(row: r, column: c),
                    terms: members.map { .init(sign: 1, position: CellPosition(row: r, column: $0), name: "column '\(header[$0])'") },
                    termsDescription: IdentityBuilder.describeColumns(members.map { header[$0] }) + " in row \(r + 1)",
                    targetDescription: "the total column '\(header[c])'"))
            }
        }
        return identities
    }

    private func notChecked(_ why: String) -> Diagnostic {
        Diagnostic(id: CheckDiagnostic.notChecked, severity: .note, message: MarkdownMessages.notChecked(name, why),
                   location: SourceLocation(file: file, line: table.line, column: 1), notes: [.init(MarkdownMessages.hintHelp)],
                   table: name)
    }

    // MARK: Guesses from the words

    static func totalKind(_ label: String) -> TableRow.Total? {
        let text = label.lowercased()
        if text.firstMatch(of: #/\bsub[- ]?totals?\b/#) != nil { return .subtotal }
        if text.firstMatch(of: #/\btotals?\b/#) != nil { return .sum }
        return nil
    }

    static func isOpening(_ label: String) -> Bool {
        label.lowercased().firstMatch(of: #/\b(opening|brought forward|b/f|at (the )?(beginning|start)|balance at)\b/#) != nil
    }

    static func isClosing(_ label: String) -> Bool {
        label.lowercased().firstMatch(of: #/\b(closing|carried forward|c/f|forecast position|outturn|balance at)\b/#) != nil
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
