/// One item of business on an agenda.
public enum AgendaItem: Sendable {
    /// The items every meeting has, in standard wording.
    public enum Standard: String, Sendable, CaseIterable {
        case apologies, declarations, minutes
        case publicQuestions = "public_questions"
        case urgentBusiness = "urgent_business"
        /// Exclusion of the press and public: everything after it is Part II.
        case exclusion
    }

    case standard(Standard, SourceLocation)
    /// An item with a title and Markdown text, such as the minutes of a named meeting.
    case free(title: Located<String>, text: Located<String>?)
    /// A report, by its path relative to the agenda file.
    case report(Located<String>)

    public var location: SourceLocation {
        switch self {
        case .standard(_, let location): location
        case .free(let title, _): title.location
        case .report(let path): path.location
        }
    }
}
