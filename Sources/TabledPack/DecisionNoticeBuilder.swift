import Tabled
import TabledLayout
import TabledModel
import TabledPresent

/// Builds the decision notice after a meeting from the clerk's decisions file, the agenda
/// and its reports: per item the title, decision, reasons, alternatives rejected, interests
/// and key decision; and the publication date with the call-in deadline, five clear working
/// days later. An exempt item shows its exempt notice and its decision in general terms only.
public enum DecisionNoticeBuilder {
    public struct Result: Sendable {
        public var notice: DecisionNotice?
        public var diagnostics: [Diagnostic]
    }

    public static func build(_ record: DecisionRecord, agenda: Agenda, reports: [Int: Report], style: HouseStyle) -> Result {
        var diagnostics: [Diagnostic] = []
        let meeting = agenda.meeting.date.value
        let days = WorkingDays(closures: style.closures)
        let published = record.published?.value ?? days.next(after: meeting)
        if let given = record.published, given.value < meeting {
            diagnostics.append(Diagnostic(.publishedBeforeMeeting(published: given.value.longForm, meeting: meeting.longForm),
                                          at: given.location, notes: [.init(.agendaMeetingHere, at: agenda.meeting.date.location)]))
        }
        let callIn = days.callInDeadline(published: published)

        var items: [DecisionNotice.Item] = []
        var placed = NoticeBlocks()
        let meetingName = "\(agenda.meeting.body.value), \(meeting.longForm)"
        placed.add(.block(.division(role: .masthead, [.paragraph(
            (style.council.map { [Inline.text($0), .lineBreak] } ?? []) + [.strong([.text(agenda.meeting.body.value)]), .lineBreak,
                                                                         .text("\(meeting.weekday) \(meeting.longForm)")])])))
        placed.add(.block(.heading(level: 1, [.text("Record of decisions")])))
        placed.add(.block(.paragraph([.text("Published \(published.weekday) \(published.longForm). "),
                                      .strong([.text("Call-in deadline: 5pm on \(callIn.weekday) \(callIn.longForm).")]),
                                      .text(" A decision below may not be put into effect until then, unless it is called in.")])))
        let named = agenda.named(record.decisions.sorted(by: { $0.item.value < $1.item.value }), by: \.item,
                                 unknown: DiagnosticKind.unknownDecisionItem, twice: DiagnosticKind.decidedTwice)
        diagnostics += named.diagnostics
        for decision in named.entries {
            let number = decision.item.value
            let report = reports[number - 1]
            let itemTitle = title(of: agenda.items[number - 1], report: report, style: style)
            placed.add(.block(.heading(level: 2, [.text("\(number). " + itemTitle)], anchor: "item-\(number)")))
            var keyDecision: String?
            if let report, report.exempt == nil, case .yes(let plan) = report.keyDecision {
                keyDecision = plan.value
                placed.add(.block(.paragraph([.strong([.text("Key decision:")]), .text(" yes, forward plan reference \(plan.value)")])))
            }
            // Part II without a report of its own (an item the agenda writes out) is taken in
            // private as an exempt report is: its decision is public only in general terms.
            if PublicView.isTakenInPrivate(item: number - 1, of: agenda, report: report) {
                // Public: the notice and the decision in general terms, and not one word of the exempt text.
                placed.add(.block(.paragraph([.text(PublicView.privateItemNotice(report))])))
                guard let general = decision.publicDecision else {
                    diagnostics.append(Diagnostic(.exemptNeedsPublicDecision(number), at: decision.location))
                    continue
                }
                placed.section("Decision", general)
                items.append(.init(number: number, title: itemTitle, decision: general.value, privateNotice: PublicView.privateItemNotice(report)))
                continue
            }
            guard let made = decision.decision else {
                diagnostics.append(Diagnostic(.decisionMissing(number), at: decision.location,
                                              notes: [.init(.missingHelp("decision", example: "Approved the recommendations in the report."))]))
                continue
            }
            placed.section("Decision", made)
            if let reasons = decision.reasons { placed.section("Reasons for the decision", reasons) }
            if let alternatives = decision.alternatives { placed.section("Alternative options considered and rejected", alternatives) }
            if let interests = decision.interests { placed.section("Interests declared", interests) }
            items.append(.init(number: number, title: itemTitle, decision: made.value, reasons: decision.reasons?.value,
                               alternatives: decision.alternatives?.value, interests: decision.interests?.value, keyDecision: keyDecision))
        }
        let layout = PaperLayout.layout(placed.presented)
        diagnostics += layout.diagnostics
        guard !diagnostics.hasErrors else { return Result(notice: nil, diagnostics: diagnostics.sortedByLocation()) }
        let notice = DecisionNotice(
            name: PackBuilder.slug("\(agenda.meeting.body.value) \(meeting)") + "-decisions",
            title: "Record of decisions: \(meetingName)", header: [style.council, meetingName, "Record of decisions"].compactMap { $0 },
            blocks: layout.blocks, published: published, callIn: callIn, items: items, council: style.council,
            body: agenda.meeting.body.value, date: meeting)
        return Result(notice: notice, diagnostics: diagnostics.sortedByLocation())
    }

    /// An item's title as the agenda shows it.
    static func title(of item: AgendaItem, report: Report?, style: HouseStyle) -> String {
        switch item {
        case .standard(let standard, _): TemplateRenderer.standardTitle(standard, style: style)
        case .free(let title, _): title.value
        case .report(let path): report?.title.value ?? path.value
        }
    }
}
