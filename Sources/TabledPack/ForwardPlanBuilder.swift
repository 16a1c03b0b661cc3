import Tabled
import TabledLayout
import TabledModel
import TabledPresent

/// Builds the notice of key decisions (the forward plan) from meetings' agendas and reports:
/// for each key decision its reference, title, decision maker, date, wards, whether it is
/// exempt and why, the documents and the contact, sorted by date.
public enum ForwardPlanBuilder {
    /// One meeting: its agenda and the reports it names, by item index.
    public struct Meeting: Sendable {
        public var agenda: Agenda
        public var reports: [Int: Report]

        public init(agenda: Agenda, reports: [Int: Report]) {
            self.agenda = agenda
            self.reports = reports
        }
    }

    public struct Result: Sendable {
        public var blocks: [Block]
        public var diagnostics: [Diagnostic]
        /// How many key decisions it lists.
        public var entries: Int
        /// Each key decision as the notice gives it, for its JSON form.
        public var items: [Item] = []
    }

    /// A key decision as the public notice gives it: an exempt one has no reference, wards,
    /// documents or contact, only its title, when, by whom, and its exempt notice.
    public struct Item: Sendable {
        public var reference: String?
        public var title: String
        public var decisionMaker: String
        public var date: ISODate
        public var wards: [String]
        public var documents: [String]
        public var contact: String?
        public var exemptNotice: String?
    }

    public static func build(_ meetings: [Meeting], published: ISODate?, style: HouseStyle) -> Result {
        var diagnostics: [Diagnostic] = []
        var entries: [(date: ISODate, reference: String, meeting: Meeting, report: Report)] = []
        for meeting in meetings {
            for (index, report) in meeting.reports.sorted(by: { $0.key < $1.key }) {
                guard case .yes(let plan) = report.keyDecision, case .report = meeting.agenda.items[index] else { continue }
                let date = meeting.agenda.meeting.date.value
                entries.append((date, plan.value, meeting, report))
                if let published = report.forwardPlanPublished?.value ?? published,
                   !WorkingDays.forwardPlanIsInTime(published: published, meeting: date) {
                    diagnostics.append(Diagnostic(.keyDecisionShortNotice(published: published.longForm, meeting: date.longForm,
                                                                          clearDays: WorkingDays.clearDays(from: published, to: date)),
                                                  at: plan.location))
                }
            }
        }
        entries.sort { ($0.date, $0.reference) < ($1.date, $1.reference) }

        var placed = NoticeBlocks()
        if let council = style.council { placed.add(.block(.division(role: .masthead, [.paragraph([.text(council)])]))) }
        placed.add(.block(.heading(level: 1, [.text("Notice of key decisions")])))
        var intro = "The key decisions to be taken, by whom and when, as the Local Authorities (Executive Arrangements) "
            + "(Meetings and Access to Information) (England) Regulations 2012 require."
        if let published { intro = "Published \(published.weekday) \(published.longForm). " + intro }
        placed.add(.block(.paragraph([.text(intro)])))
        if entries.isEmpty { placed.add(.block(.paragraph([.text("No key decisions are planned.")]))) }
        var items: [Item] = []
        for entry in entries {
            let report = entry.report, agenda = entry.meeting.agenda
            // An exempt item's entry says only what its public notice says: title, when, and why it is exempt.
            if PublicView.audience(of: report) == .confidential, let exempt = report.exempt {
                placed.add(.block(.heading(level: 2, [.text(report.title.value)])))
                placed.add(.block(.list(BlockList(ordered: false, start: 1, tight: true, items: [
                    [.paragraph([.strong([.text("Decision maker:")]), .text(" " + agenda.meeting.body.value)])],
                    [.paragraph([.strong([.text("Date of decision:")]), .text(" \(entry.date.weekday) \(entry.date.longForm)")])],
                    [.paragraph([.strong([.text("Exempt:")]), .text(" " + TemplateRenderer.exemptNotice(exempt))])],
                ]))))
                items.append(Item(reference: nil, title: report.title.value, decisionMaker: agenda.meeting.body.value, date: entry.date,
                                  wards: [], documents: [], contact: nil, exemptNotice: TemplateRenderer.exemptNotice(exempt)))
                continue
            }
            placed.add(.block(.heading(level: 2, [.text("\(entry.reference): \(report.title.value)")],
                                       anchor: "plan-" + PackBuilder.slug(entry.reference))))
            var facts: [(String, String)] = [
                ("Decision maker", agenda.meeting.body.value),
                ("Date of decision", "\(entry.date.weekday) \(entry.date.longForm)"),
                (report.areasHeading == .wards ? "Wards affected" : "Divisions affected",
                 report.wards.isEmpty ? "Not stated" : report.wards.map(\.value).joined(separator: ", ")),
            ]
            facts.append(("Exempt", "no"))
            let documents = [report.title.value] + (report.backgroundPapers ?? []).map(\.value)
            facts.append(("Documents to be considered", documents.joined(separator: "; ")))
            let contact = report.contacts.first.map { contact in
                [contact.name.value, contact.role?.value, contact.phone?.value, contact.email?.value].compactMap { $0 }.joined(separator: ", ")
            }
            if let contact { facts.append(("Contact", contact)) }
            items.append(Item(reference: entry.reference, title: report.title.value, decisionMaker: agenda.meeting.body.value, date: entry.date,
                              wards: report.wards.map(\.value), documents: documents, contact: contact, exemptNotice: nil))
            placed.add(.block(.list(BlockList(ordered: false, start: 1, tight: true, items: facts.map { name, value in
                [.paragraph([.strong([.text(name + ":")]), .text(" " + value)])]
            }))))
        }
        let layout = PaperLayout.layout(placed.presented)
        return Result(blocks: layout.blocks, diagnostics: (diagnostics + layout.diagnostics).sortedByLocation(), entries: entries.count,
                      items: items)
    }
}
