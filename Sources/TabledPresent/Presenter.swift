import Foundation
import TabledCheck
import TabledModel

/// Turns a checked report into the view the templates print: numbers, anchors, formatted figures.
public struct Presenter {
    let report: Report
    let check: ReportCheck
    let style: PresentationStyle
    private(set) var diagnostics: [Diagnostic] = []
    private var resolver: ProseResolver

    public init(report: Report, check: ReportCheck, style: PresentationStyle = .standard) {
        self.report = report
        self.check = check
        self.style = style
        self.resolver = ProseResolver(report: report, labels: [:], negative: style.negative)
    }

    /// Every problem resolving references and figures in the prose, without rendering.
    public static func referenceDiagnostics(report: Report, check: ReportCheck, style: PresentationStyle = .standard) -> [Diagnostic] {
        var presenter = Presenter(report: report, check: check, style: style)
        _ = presenter.present()
        return presenter.diagnostics
    }

    /// The view and any unresolved references in the prose.
    mutating func present() -> ReportView {
        let numbered = style.numberParagraphs && report.kind == .report
        let plan = NumberingPlan(report: report, numbered: numbered)
        resolver = ProseResolver(report: report, labels: plan.labels, negative: style.negative, verdicts: check.verdicts)
        var tableNumbers: [String: Int] = [:]
        for (i, id) in plan.tableOrder.enumerated() { tableNumbers[id] = i + 1 }

        let facts = self.facts()
        var view = ReportView(
            title: report.title.value,
            label: report.label?.value,
            meeting: report.meeting.map {
                MeetingView(body: $0.body.value, date: $0.date.value.longForm, weekday: $0.date.value.weekday,
                            item: $0.item?.value, reference: $0.reference?.value)
            },
            from: report.from?.value,
            facts: facts,
            hasFacts: !facts.isEmpty,
            exempt: report.exempt.map { notice in
                ExemptView(paragraphs: ProseResolver.list(notice.paragraphs.map { String($0.value) }),
                           reason: notice.reason.map { prose($0) })
            },
            summary: nil, recommendations: nil, sections: [], implications: [],
            signed: report.signed.map { SignatoryView(name: $0.name.value, role: $0.role?.value) },
            backgroundPapers: report.backgroundPapers.map {
                BackgroundPapersView(items: $0.map(\.value), none: $0.isEmpty)
            },
            contacts: report.contacts.map {
                ContactView(name: $0.name.value, role: $0.role?.value, phone: $0.phone?.value.replacingOccurrences(of: " ", with: "\u{00A0}"), email: $0.email?.value)
            },
            hasContacts: !report.contacts.isEmpty,
            appendices: report.appendices.map { AppendixView(title: $0.title.value, file: $0.file?.value) },
            hasAppendices: !report.appendices.isEmpty,
            published: report.published?.value.monthAndYear
        )

        if let summary = report.summary, let number = plan.summaryNumber {
            view.summary = SectionView(
                number: numbered ? "\(number)." : nil, anchor: "section-\(number)", title: "Summary",
                paragraphs: [ParagraphView(number: numbered ? "\(number).1" : nil, anchor: "para-\(number)-1",
                                           text: prose(summary), table: nil)])
        }
        if let recommendations = report.recommendations, let number = plan.recommendationsNumber {
            view.recommendations = RecommendationsView(
                number: numbered ? "\(number)." : nil, anchor: "section-\(number)", title: "Recommendations",
                lead: plan.recommendationOffset == 0 ? recommendations.lead.map { prose($0) } : nil,
                items: recommendationItems(recommendations, number: number, offset: plan.recommendationOffset, numbered: numbered))
        }
        for (s, section) in report.sections.enumerated() {
            let number = plan.sectionNumbers[s]
            var paragraphs: [ParagraphView] = []
            var p = 0
            for paragraph in section.paragraphs {
                switch paragraph {
                case .text(_, let text):
                    p += 1
                    paragraphs.append(ParagraphView(number: numbered ? "\(number).\(p)" : nil, anchor: "para-\(number)-\(p)",
                                                    text: prose(text), table: nil))
                case .table(let id):
                    guard let table = report.tables.first(where: { $0.id.value == id.value }) else { continue }
                    paragraphs.append(ParagraphView(number: nil, anchor: nil, text: nil,
                                                    table: tableView(table, number: tableNumbers[id.value] ?? 0)))
                }
            }
            view.sections.append(SectionView(number: numbered ? "\(number)." : nil, anchor: "section-\(number)",
                                             title: section.title.value, paragraphs: paragraphs))
        }
        for (i, implication) in report.implications.enumerated() {
            let number = plan.implicationNumbers[i]
            view.implications.append(SectionView(
                number: numbered ? "\(number)." : nil, anchor: "section-\(number)", title: implication.heading,
                paragraphs: [ParagraphView(number: numbered ? "\(number).1" : nil, anchor: "para-\(number)-1",
                                           text: prose(implication.text), table: nil)]))
        }
        diagnostics += resolver.diagnostics
        return view
    }

    private mutating func recommendationItems(_ recommendations: Recommendations, number: Int, offset: Int, numbered: Bool) -> [ParagraphView] {
        var items: [ParagraphView] = []
        if offset == 1, let lead = recommendations.lead {
            items.append(ParagraphView(number: numbered ? "\(number).1" : nil, anchor: "para-\(number)-1", text: prose(lead), table: nil))
        }
        for (i, item) in recommendations.items.enumerated() {
            let n = i + 1 + offset
            items.append(ParagraphView(number: numbered ? "\(number).\(n)" : "(\(ProseResolver.letter(i)))",
                                       anchor: "rec-\(number)-\(n)", text: prose(item.text), table: nil))
        }
        return items
    }

    private mutating func prose(_ text: Located<String>) -> String {
        resolver.resolve(text)
    }

    private func facts() -> [FactView] {
        var facts: [FactView] = []
        if !report.wards.isEmpty {
            let heading = report.areasHeading == .wards ? "Wards affected" : "Divisions affected"
            facts.append(FactView(name: heading, value: report.wards.map(\.value).joined(separator: ", ")))
        }
        if report.kind == .report {
            switch report.keyDecision {
            case .no: facts.append(FactView(name: "Key decision", value: "No"))
            case .yes(let plan): facts.append(FactView(name: "Key decision", value: "Yes (forward plan reference \(plan.value))"))
            }
        }
        if let purpose = report.purpose {
            facts.append(FactView(name: "Purpose", value: "For \(purpose.value.rawValue)"))
        }
        return facts
    }

    mutating func tableView(_ table: BudgetTable, number: Int) -> TableView {
        let negative = table.negative ?? style.negative
        let verdict = check.verdicts[table.id.value]
        var header = [HeaderCellView(text: table.label?.value ?? "", delimiter: ":--")]
        for column in table.columns {
            var text = column.label.value
            if !column.isText, let unit = table.unit(of: column).headerLabel { text += " (\(unit))" }
            header.append(HeaderCellView(text: text, delimiter: column.isText ? ":--" : "--:"))
        }
        var rows: [RowView] = []
        for (r, row) in table.rows.enumerated() {
            var strong = false
            switch row.kind {
            case .heading, .total, .formula: strong = true
            case .data: break
            }
            var cells = [CellView(text: row.label.value, strong: strong && !row.label.value.isEmpty)]
            for (c, column) in table.columns.enumerated() {
                guard c < row.cells.count else {
                    cells.append(CellView(text: "", strong: false))
                    continue
                }
                let cell = row.cells[c]
                var text = cell.text.value
                if !column.isText {
                    switch cell.value {
                    case .figure(let amount, _):
                        text = amount.formatted(negative: negative)
                    case .noFigure:
                        if let computed = verdict?.computed[CellPosition(row: r, column: c)] {
                            text = computed.formatted(negative: negative)
                        }
                    case .illegible, .unreadable:
                        break
                    }
                }
                cells.append(CellView(text: text, strong: strong && !text.isEmpty && !column.isText))
            }
            rows.append(RowView(cells: cells))
        }
        return TableView(anchor: "table-\(number)", number: "Table \(number)", caption: table.caption.value,
                         header: header, rows: rows, note: table.note.map { prose($0) })
    }
}
