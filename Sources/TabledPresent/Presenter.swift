import Foundation
import TabledCheck
import TabledModel

/// Turns a checked report into the view the templates print, and the typed blocks they
/// place: numbered paragraphs, tables with their row kinds, headings with their anchors.
struct Presenter {
    let checked: CheckedReport
    let style: HouseStyle
    var placer = BlockPlacer()

    private var report: Report { checked.report }
    private var plan: NumberingPlan { checked.numbering }

    init(checked: CheckedReport, style: HouseStyle) {
        self.checked = checked
        self.style = style
    }

    /// The view, with every block it names placed.
    mutating func view() -> ReportView {
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
                ExemptView(paragraphs: NumberingPlan.list(notice.paragraphs.map { String($0.value) }),
                           noun: report.kind == .annex ? "appendix" : "report",
                           reason: notice.reason.map(markdown))
            },
            summary: nil, recommendations: nil, finalRecommendations: nil, sections: [], implications: [],
            signed: report.signed.map { SignatoryView(name: $0.name.value, role: $0.role?.value) },
            backgroundPapers: report.backgroundPapers.map {
                BackgroundPapersView(items: $0.map(\.value), none: $0.isEmpty)
            },
            contacts: report.contacts.map {
                ContactView(name: $0.name.value, role: $0.role?.value,
                            phone: $0.phone?.value.replacingBytes(" ", with: "\u{00A0}"), email: $0.email?.value)
            },
            hasContacts: !report.contacts.isEmpty,
            appendices: zip(report.appendices, plan.appendices).map { appendix, place in
                AppendixView(number: place.number ?? "", anchor: place.anchor, title: appendix.title.value, file: appendix.file?.value,
                             exempt: appendix.exempt != nil)
            },
            hasAppendices: !report.appendices.isEmpty,
            published: report.published?.value.monthAndYear
        )

        if let summary = report.summary, let places = plan.summary {
            view.summary = section(places.section, title: "Summary", paragraphs: [paragraph(places.paragraphs.first ?? nil, text: summary)])
        }
        if let recommendations = report.recommendations, let places = plan.recommendations {
            var items: [ParagraphView] = []
            if let lead = recommendations.lead, let place = places.lead {
                items.append(paragraph(place, text: lead))
            }
            for (item, place) in zip(recommendations.items, places.items) {
                items.append(paragraph(place, text: item.text))
            }
            let lead = places.lead == nil ? recommendations.lead.map { placer.place(PlacedBlock(.prose, markdown: markdown($0), location: $0.location)) } : nil
            let rendered = RecommendationsView(
                number: places.section.number, anchor: places.section.anchor, title: "Recommendations",
                heading: heading(places.section, title: "Recommendations"), lead: lead, items: items)
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
                    let number = tableNumbers[id.value] ?? 0
                    let block = placer.place(PlacedBlock(.table(tableBlock(table, number: number)),
                                                         markdown: notes(table), location: table.note?.location ?? table.notes.first?.text.location))
                    paragraphs.append(ParagraphView(number: nil, anchor: nil, block: block))
                }
            }
            view.sections.append(self.section(places.section, title: section.title.value, paragraphs: paragraphs))
        }
        for (implication, places) in zip(report.implications, plan.implications) {
            view.implications.append(section(places.section, title: implication.heading,
                                              paragraphs: [paragraph(places.paragraphs.first ?? nil, text: implication.text)]))
        }
        if !report.appendices.isEmpty {
            view.blocks.appendices = placer.place(PlacedBlock(.block(appendixList(view.appendices))))
        }
        return view
    }

    private mutating func section(_ place: NumberingPlan.Place, title: String, paragraphs: [ParagraphView]) -> SectionView {
        SectionView(number: place.number, anchor: place.anchor, title: title, heading: heading(place, title: title), paragraphs: paragraphs)
    }

    private mutating func heading(_ place: NumberingPlan.Place, title: String) -> Placement {
        let words = (place.number.map { $0 + " " } ?? "") + title
        return placer.place(PlacedBlock(.block(.heading(level: 2, [.text(words)], anchor: place.anchor))))
    }

    /// A paragraph of prose: numbered where the plan numbers it.
    private mutating func paragraph(_ place: NumberingPlan.Place?, text: Located<String>) -> ParagraphView {
        let frame: PlacedBlock.Frame = place?.number.map { .numbered(number: $0, anchor: place?.anchor) }
            ?? .division(role: .paraUnnumbered)
        let block = placer.place(PlacedBlock(frame, markdown: markdown(text), location: text.location))
        return ParagraphView(number: place?.number, anchor: place?.anchor, block: block)
    }

    /// A table's notes as Markdown paragraphs under it: the single `note:`, then each of
    /// `notes:` behind its marker.
    private func notes(_ table: BudgetTable) -> String {
        let each = table.notes.map { note in (note.marker.map { MarkdownContentType.escape($0.value) + " " } ?? "") + markdown(note.text) }
        return ((table.note.map { [markdown($0)] } ?? []) + each).joined(separator: "\n\n")
    }

    /// An officer's prose as Markdown, with references as links and figures as printed.
    private func markdown(_ field: Located<String>) -> String {
        checked.text(field).pieces.map { piece in
            switch piece {
            case .written(let text), .unresolved(let text): text
            case .reference(let words, let anchor): "[\(MarkdownContentType.escape(words))](#\(anchor))"
            case .figure(let text): MarkdownContentType.escape(text)
            }
        }.joined()
    }

    private func plain(_ field: Located<String>) -> String {
        checked.text(field).plain
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

    /// The list of appendices. References land on the line of an appendix published apart;
    /// one kept in a file of its own is printed after the report, and its line links there.
    private func appendixList(_ appendices: [AppendixView]) -> Block {
        .division(role: .appendices, [.heading(level: 3, [.text("Appendices")])] + appendices.map { appendix in
            let exempt: [Inline] = appendix.exempt ? [.text(" (not for publication)")] : []
            guard appendix.file != nil else {
                return .paragraph([.strong([.text(appendix.number + ":")]), .text(" " + appendix.title)] + exempt, anchor: appendix.anchor)
            }
            return .paragraph([.strong([.text(appendix.number + ":")]), .text(" "),
                               .link(destination: "#" + appendix.anchor, title: "", [.text(appendix.title)])] + exempt)
        })
    }

    /// A checked table as every writer prints it: figures in house style, computed blanks filled.
    func tableBlock(_ table: BudgetTable, number: Int) -> TableBlock {
        let negative = table.negative ?? style.negative
        let verdict = checked.verdicts[table.id.value]
        var columns = [TableBlock.Column(header: Self.words(table.label?.value ?? ""), alignment: .left)]
        for column in table.columns {
            var text = column.label.value
            // A heading that names its unit ("£000", "%", "Spend (£000)") is not given it twice.
            if !column.isText, let unit = table.unit(of: column).headerLabel, text != unit, !text.hasSuffix("(\(unit))") {
                text += " (\(unit))"
            }
            columns.append(TableBlock.Column(header: Self.words(text), alignment: column.isText ? .left : .right,
                                             holdsFigures: !column.isText, group: column.group?.value))
        }
        var rows: [TableBlock.Row] = []
        for (r, row) in table.rows.enumerated() {
            var cells = [Self.words(plain(row.label) + (row.marker.map { " " + $0.value } ?? ""))]
            for (c, column) in table.columns.enumerated() {
                guard c < row.cells.count else {
                    cells.append([])
                    continue
                }
                let cell = row.cells[c]
                var text = cell.text.value
                if !column.isText {
                    switch cell.value {
                    case .figure(let amount, _):
                        // "±1" and "+/- 10.0" mean either way: the sign is the meaning, printed as written.
                        text = Self.isEitherWay(text) ? text.trimmedOfWhitespace : amount.formatted(negative: negative)
                    case .noFigure:
                        if let computed = verdict?.computed[CellPosition(row: r, column: c)] {
                            text = computed.formatted(negative: negative)
                        }
                    case .illegible, .unreadable:
                        break
                    }
                }
                cells.append(Self.words(text))
            }
            rows.append(TableBlock.Row(kind: Self.kind(of: row), cells: cells))
        }
        let caption = Self.words(table.keepsOwnCaption ? plain(table.caption) : "Table \(number): " + plain(table.caption))
        return TableBlock(anchor: "table-\(number)", caption: caption, columns: columns, rows: rows, rowHeaders: true)
    }

    private static func isEitherWay(_ text: String) -> Bool {
        text.contains("\u{00B1}") || text.contains("+/-")
    }

    private static func kind(of row: TableRow) -> TableBlock.Row.Kind {
        switch row.kind {
        case .data, .standalone: .data
        case .heading: .heading
        case .total(.subtotal): .subtotal
        case .total: .total
        case .formula: .calculated
        }
    }

    /// Plain words as inline text: one line, trimmed, empty for nothing.
    static func words(_ text: String) -> [Inline] {
        let line = text.replacingBytes("\r\n", with: " ").replacingBytes("\n", with: " ").trimmedOfSpaces
        return line.isEmpty ? [] : [.text(line)]
    }
}
