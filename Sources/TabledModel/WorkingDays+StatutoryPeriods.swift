/// The statutory periods a clerk counts, in one place: the agenda's notice, the forward
/// plan's notice of a key decision, and the call-in period after a decision is published.
extension WorkingDays {
    /// An agenda is open to inspection at least five clear days before its meeting
    /// (Local Government Act 1972, s.100B(3)).
    public static let agendaNoticeClearDays = 5
    /// A key decision is in the forward plan at least 28 clear days before it is taken
    /// (Local Authorities (Executive Arrangements) (Meetings and Access to Information)
    /// (England) Regulations 2012, reg. 9).
    public static let forwardPlanClearDays = 28
    /// A decision may be called in until 5pm on the fifth clear working day after its notice is published.
    public static let callInWorkingDays = 5

    /// The clear days between a notice and its meeting: neither the day it is published nor
    /// the day of the meeting counts; none if the meeting is not after the notice.
    public static func clearDays(from published: ISODate, to meeting: ISODate) -> Int {
        max(0, meeting.dayNumber - published.dayNumber - 1)
    }

    /// Whether an agenda published on `published` gives its meeting the notice the Act asks.
    public static func agendaIsInTime(published: ISODate, meeting: ISODate) -> Bool {
        clearDays(from: published, to: meeting) >= agendaNoticeClearDays
    }

    /// Whether a key decision in a plan published on `published` has its 28 clear days before `meeting`.
    public static func forwardPlanIsInTime(published: ISODate, meeting: ISODate) -> Bool {
        clearDays(from: published, to: meeting) >= forwardPlanClearDays
    }

    /// The last day a decision published on `published` may be called in (until 5pm).
    public func callInDeadline(published: ISODate) -> ISODate {
        workingDay(Self.callInWorkingDays, after: published)
    }
}
