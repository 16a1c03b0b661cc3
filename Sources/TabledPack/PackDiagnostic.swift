/// The stable ids of the pack stage's diagnostics.
public enum PackDiagnostic {
    public static let reportMissing = "agenda.report-missing"
    public static let reportOutside = "agenda.report-outside"
    public static let reportTwice = "agenda.report-twice"
    public static let exemptInPartOne = "agenda.exempt-in-part-one"
    public static let notExemptInPartTwo = "agenda.not-exempt-in-part-two"
    public static let exclusionTwice = "agenda.exclusion-twice"
    /// (warning) fewer than five clear days between publication and the meeting.
    public static let shortNotice = "agenda.short-notice"
}
