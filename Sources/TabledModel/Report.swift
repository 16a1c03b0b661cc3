/// A board paper as the officer wrote it: every value keeps its place in the file.
public struct Report: Sendable {
    /// What kind of paper this is; it decides what must be present.
    public enum Kind: String, Sendable, CaseIterable {
        /// A report to a decision-making body, with recommendations.
        case report
        /// An annex or appendix to a report, published alongside it.
        case annex
        /// A short notice, such as a press notice about a forthcoming decision.
        case notice
    }

    /// The name of the areas a report affects.
    public enum AreasHeading: String, Sendable {
        case wards, divisions
    }

    /// Why a report comes to its meeting.
    public enum Purpose: String, Sendable, CaseIterable {
        case decision, discussion, noting
    }

    public var file: String
    public var kind: Kind
    /// An annex's label as printed, e.g. "Annex 4c".
    public var label: Located<String>?
    public var meeting: Meeting?
    public var title: Located<String>
    public var from: Located<String>?
    /// Wards or divisions affected; ["All"] for all.
    public var wards: [Located<String>]
    /// What the areas are called: wards in most councils, divisions in county councils.
    public var areasHeading: AreasHeading
    public var keyDecision: KeyDecision
    /// When the forward plan that lists this key decision was published, if the report says.
    public var forwardPlanPublished: Located<ISODate>?
    public var exempt: ExemptNotice?
    public var purpose: Located<Purpose>?
    public var summary: Located<String>?
    public var recommendations: Recommendations?
    public var sections: [ReportSection]
    public var implications: [Implication]
    public var figures: [Figure]
    public var tables: [BudgetTable]
    /// Ids of tables written in the file but too broken to read; their errors are already reported.
    public var unreadableTables: [String]
    /// Sections written in the file but too broken to read, errors already reported: where a
    /// table was placed is then unknown, and no table is said to be unplaced.
    public var sectionsUnread = false
    public var contacts: [Contact]
    /// nil when the key is absent; empty renders "Nil".
    public var backgroundPapers: [Located<String>]?
    public var appendices: [Appendix]
    public var signed: Signatory?
    /// The date printed at the foot of the paper, if given.
    public var published: Located<ISODate>?

    /// Whether anything in the paper is exempt (Schedule 12A): the paper itself or one of its
    /// appendices. Every file holding any of it has `confidential` in its path.
    public var holdsExemptContent: Bool {
        exempt != nil || appendices.contains { $0.exempt != nil }
    }

    public init(file: String, title: Located<String>) {
        self.file = file
        self.kind = .report
        self.label = nil
        self.meeting = nil
        self.title = title
        self.from = nil
        self.wards = []
        self.areasHeading = .wards
        self.keyDecision = .no
        self.forwardPlanPublished = nil
        self.exempt = nil
        self.purpose = nil
        self.summary = nil
        self.recommendations = nil
        self.sections = []
        self.implications = []
        self.figures = []
        self.tables = []
        self.unreadableTables = []
        self.contacts = []
        self.backgroundPapers = nil
        self.appendices = []
        self.signed = nil
        self.published = nil
    }
}
