import Foundation
import TabledCheck
import TabledModel

/// Turns a checked report into the view the templates print: numbers, anchors, formatted figures.
public struct Presenter {
    let report: Report
    let check: ReportCheck
    let style: HouseStyle
    private(set) var diagnostics: [Diagnostic] = []
    /// Where every numbered thing falls: the page and the references both read it.
    private let plan: NumberingPlan
    private var resolver: ProseResolver

    public init(report: Report, check: ReportCheck, style: HouseStyle = .standard) {
        self.report = report
        self.check = check
        self.style = style
        plan = NumberingPlan(report: report, style: style)
        resolver = ProseResolver(report: report, labels: plan.labels, negative: style.negative, verdicts: check.verdicts)
    }

    /// Every problem resolving references and figures in the prose, without rendering.
    public static func referenceDiagnostics(report: Report, check: ReportCheck, style: HouseStyle = .standard) -> [Diagnostic] {
        var presenter = Presenter(report: report, check: check, style: style)
        _ = presenter.present()
        return presenter.diagnostics
    }

    /// The view and any unresolved references in the prose.
    mutating func present() -> ReportView {
        var tableNumbers: [String: Int] = [:]
        for (i, id) in plan.tableOrder.enumerated() { tableNumbers[id] = i + 1 }

        let facts = self.facts()
        var view = ReportView(
            title: report.title.value,
            label: report.label?.value,
            council: style.council,
            logo: style.logo,
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
            summary: nil, recommendations: nil, finalRecommendations: nil, sections: [], implications: [],
            signed: report.signed.map { SignatoryView(name: $0.name.value, role: $0.role?.value) },
            backgroundPapers: report.backgroundPapers.map {
                BackgroundPapersView(items: $0.map(\.value), none: $0.isEmpty)
            },
            contacts: report.contacts.map {
                ContactView(name: $0.name.value, role: $0.role?.value,
                            phone: $0.phone?.value.replacingOccurrences(of: " ", with: "\u{00A0}"), email: $0.email?.value)
            },
            hasContacts: !report.contacts.isEmpty,
            appendices: zip(report.appendices, plan.appendices).map { appendix, place in
                AppendixView(number: place.number ?? "", anchor: place.anchor, title: appendix.title.value, file: appendix.file?.value)
            },
            hasAppendices: !report.appendices.isEmpty,
            published: report.published?.value.monthAndYear
        )

        if let summary = report.summary, let places = plan.summary {
            view.summary = SectionView(number: places.section.number, anchor: places.section.anchor, title: "Summary",
                                       paragraphs: [paragraph(places.paragraphs.first ?? nil, text: summary)])
        }
        if let recommendations = report.recommendations, let places = plan.recommendations {
            var items: [ParagraphView] = []
            if let lead = recommendations.lead, let place = places.lead {
                items.append(paragraph(place, text: lead))
            }
            for (item, place) in zip(recommendations.items, places.items) {
                items.append(ParagraphView(number: place.number, anchor: place.anchor, text: prose(item.text), table: nil))
            }
            let rendered = RecommendationsView(
                number: places.section.number, anchor: places.section.anchor, title: "Recommendations",
                lead: places.lead == nil ? recommendations.lead.map { prose($0) } : nil, items: items)
            if style.recommendationsPosition == .start {
                view.recommendations = rendered
            } else {
                view.finalRecommendations = rendered
            }
        }
        for (section, places) in zip(report.sections, plan.sections) {
            var paragraphs: [ParagraphView] = []
            for (item, place) in zip(section.paragraphs, places.paragraphs) {
                switch item {
                case .text(_, let text):
                    paragraphs.append(paragraph(place, text: text))
                case .table(let id):
                    guard let table = report.tables.first(where: { $0.id.value == id.value }) else { continue }
                    paragraphs.append(ParagraphView(number: nil, anchor: nil, text: nil,
                                                    table: tableView(table, number: tableNumbers[id.value] ?? 0)))
                }
            }
            view.sections.append(SectionView(number: places.section.number, anchor: places.section.anchor,
                                             title: section.title.value, paragraphs: paragraphs))
        }
        for (implication, places) in zip(report.implications, plan.implications) {
            view.implications.append(SectionView(
                number: places.section.number, anchor: places.section.anchor, title: implication.heading,
                paragraphs: [paragraph(places.paragraphs.first ?? nil, text: implication.text)]))
        }
        diagnostics += resolver.diagnostics
        return view
    }

    private mutating func paragraph(_ place: NumberingPlan.Place?, text: Located<String>) -> ParagraphView {
        ParagraphView(number: place?.number, anchor: place?.anchor, text: prose(text), table: nil)
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
            let label = resolver.resolvePlain(row.label)
            var cells = [CellView(text: label, strong: strong && !label.isEmpty)]
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
        return TableView(anchor: "table-\(number)", number: "Table \(number)", caption: resolver.resolvePlain(table.caption),
                         header: header, rows: rows, note: table.note.map { prose($0) })
    }
}
