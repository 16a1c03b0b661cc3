/// What a styled part of a page is: its class in HTML, its treatment in Word (the facts as a
/// table, an appendix on a new page). Every part Tabled makes has one of these; no writer
/// matches a role by its spelling.
public enum DivisionRole: String, Sendable, Equatable, CaseIterable {
    // A report's parts, each from a template of its own.
    case label, logo, masthead, facts
    case exemptNotice = "exempt-notice"
    case signature
    case backgroundPapers = "background-papers"
    case contacts
    /// A paragraph the numbering plan leaves unnumbered.
    case paraUnnumbered = "para-unnumbered"
    /// The list of a report's appendices.
    case appendices
    /// An appendix printed in full after its report.
    case appendix
    /// An exempt appendix where the public sees it: its number, title and notice.
    case exemptAppendix = "exempt-appendix"
    /// An exempt item where the public pack shows it: its number, title and notice.
    case exemptItem = "exempt-item"
    // An agenda's parts.
    case webcast
    case agendaNotes = "agenda-notes"
    case packCover = "pack-cover"

    /// The HTML class and the name templates and stylesheets know it by.
    public var name: String { rawValue }

    /// Starts a new page in print.
    public var startsNewPage: Bool { self == .appendix || self == .exemptAppendix }
}
