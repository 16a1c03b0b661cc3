import TabledModel

/// Where a report stands on an agenda: the agenda's meeting and the item number it gives.
public struct AgendaPlacement: Sendable {
    public var body: Located<String>
    public var date: Located<ISODate>
    public var item: String

    public init(body: Located<String>, date: Located<ISODate>, item: String) {
        self.body = body
        self.date = date
        self.item = item
    }

    /// The report takes its meeting and number from the agenda, which is the clerk's record;
    /// a report written for another meeting (another body or date) is an error naming both.
    func place(_ report: inout Report) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if let own = report.meeting,
           own.body.value.lowercased() != body.value.lowercased() || own.date.value != date.value {
            diagnostics.append(Diagnostic(.meetingMismatch(report: "\(own.body.value), \(own.date.value.longForm)",
                                                           agenda: "\(body.value), \(date.value.longForm)"),
                                          at: own.body.location, notes: [.init(.agendaMeetingHere, at: body.location),
                                                                         .init(.meetingMismatchHelp)]))
        }
        if case .yes = report.keyDecision, let published = report.forwardPlanPublished,
           !WorkingDays.forwardPlanIsInTime(published: published.value, meeting: date.value) {
            diagnostics.append(Diagnostic(.keyDecisionShortNotice(published: published.value.longForm, meeting: date.value.longForm,
                                                                  clearDays: WorkingDays.clearDays(from: published.value, to: date.value)),
                                          at: published.location))
        }
        // The agenda is the clerk's record of the order of business: a report numbered for
        // another place on it says so, and takes the agenda's number.
        if let own = report.meeting?.item, own.value != item {
            diagnostics.append(Diagnostic(.itemNumberDiffers(report: own.value, agenda: item), at: own.location,
                                          notes: [.init(.agendaMeetingHere, at: body.location)]))
        }
        let location = report.meeting?.item?.location ?? report.meeting?.body.location ?? report.title.location
        var meeting = report.meeting ?? Meeting(body: body, date: date)
        meeting.body = Located(body.value, at: meeting.body.location)
        meeting.date = Located(date.value, at: meeting.date.location)
        meeting.item = Located(item, at: location)
        report.meeting = meeting
        return diagnostics
    }
}
