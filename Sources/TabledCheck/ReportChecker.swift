import TabledModel

/// The check stage: tables add up, references resolve, ids are unique, the house style's
/// rules are kept. What it resolves (numbers, references, figures) the presenter prints.
public enum ReportChecker {
    public static func check(_ report: Report, style: HouseStyle = .standard) -> CheckedReport {
        let negative = style.negative
        var diagnostics: [Diagnostic] = []
        var verdicts: [String: TableVerdict] = [:]

        var firstTable: [String: SourceLocation] = [:]
        var unique: [BudgetTable] = []
        for table in report.tables {
            if let first = firstTable[table.id.value] {
                diagnostics.append(Diagnostic(.duplicateID(kind: "table", id: table.id.value), at: table.id.location,
                                              notes: [.init(.firstHere, at: first)]))
                continue
            }
            firstTable[table.id.value] = table.id.location
            unique.append(table)
        }
        // A table whose formulas name another table is checked after it, so its computed totals are known.
        var pending = unique
        while !pending.isEmpty {
            let ready = pending.filter { table in
                ExternalValues.tablesNamed(by: table).allSatisfy { $0 == table.id.value || verdicts[$0] != nil || firstTable[$0] == nil }
            }
            guard !ready.isEmpty else {
                for table in pending {
                    diagnostics.append(Diagnostic(.tableCycle(table.id.value), at: table.id.location, table: table.id.value))
                }
                break
            }
            for table in ready {
                let external = ExternalValues(report: report, verdicts: verdicts)
                let (found, verdict) = TableChecker.check(table, negative: negative, external: external)
                diagnostics += found
                verdicts[table.id.value] = verdict
            }
            pending.removeAll { table in ready.contains { $0.id.value == table.id.value } }
        }

        var placed: [String: SourceLocation] = [:]
        for section in report.sections {
            for paragraph in section.paragraphs {
                guard case .table(let id) = paragraph else { continue }
                // A table too broken to read has its own errors; do not add "no such table" to them.
                if report.unreadableTables.contains(id.value) { continue }
                guard firstTable[id.value] != nil else {
                    let meant = Suggestion.closest(to: id.value, in: Array(firstTable.keys))
                    diagnostics.append(Diagnostic(.unknownTable(id.value), at: id.location, notes: meant.map { [.init(.didYouMean($0))] } ?? []))
                    // The table meant is placed here in all but its spelling: it is not also "not placed".
                    if let meant, placed[meant] == nil { placed[meant] = id.location }
                    continue
                }
                if let first = placed[id.value] {
                    diagnostics.append(Diagnostic(.tablePlacedTwice(id.value), at: id.location, notes: [.init(.firstHere, at: first)]))
                }
                placed[id.value] = id.location
            }
        }
        for table in report.tables where !report.sectionsUnread && placed[table.id.value] == nil && firstTable[table.id.value] == table.id.location {
            diagnostics.append(Diagnostic(.tableNotPlaced(table.id.value), at: table.id.location, notes: [.init(.tableNotPlacedHelp)]))
        }

        let figures = FigureChecker(report: report, verdicts: verdicts, negative: negative).check()
        diagnostics += figures.diagnostics
        diagnostics += duplicateLabels(in: report)
        diagnostics += StyleChecker.check(report, style: style)

        let numbering = NumberingPlan(report: report, style: style)
        let resolved = ReferenceResolver.resolveAll(in: report, labels: numbering.labels, negative: negative, verdicts: verdicts)
        diagnostics += resolved.diagnostics
        return CheckedReport(report: report, diagnostics: diagnostics.sortedByLocation(), verdicts: verdicts, numbering: numbering,
                             texts: resolved.texts)
    }

    /// Paragraph, recommendation, section and appendix ids share one namespace: prose cites them alike.
    private static func duplicateLabels(in report: Report) -> [Diagnostic] {
        var labels: [Located<String>] = []
        labels += report.recommendations?.items.compactMap(\.id) ?? []
        for section in report.sections {
            if let id = section.id { labels.append(id) }
            for paragraph in section.paragraphs {
                if case .text(let id?, _) = paragraph { labels.append(id) }
            }
        }
        labels += report.appendices.compactMap(\.id)
        var seen: [String: SourceLocation] = [:]
        var diagnostics: [Diagnostic] = []
        for label in labels {
            if let first = seen[label.value] {
                diagnostics.append(Diagnostic(.duplicateID(kind: "item", id: label.value), at: label.location,
                                              notes: [.init(.firstHere, at: first)]))
            } else {
                seen[label.value] = label.location
            }
        }
        return diagnostics
    }
}
