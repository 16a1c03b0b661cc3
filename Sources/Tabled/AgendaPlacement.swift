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

    /// The report takes its meeting and number from the agenda, which is the clerk's record.
    func place(_ report: inout Report) {
        let location = report.meeting?.item?.location ?? report.meeting?.body.location ?? report.title.location
        var meeting = report.meeting ?? Meeting(body: body, date: date)
        meeting.body = Located(body.value, at: meeting.body.location)
        meeting.date = Located(date.value, at: meeting.date.location)
        meeting.item = Located(item, at: location)
        report.meeting = meeting
    }
}
