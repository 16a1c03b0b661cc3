/// Everything the report template prints, already numbered, formatted and resolved.
///
/// Templates render from this and nothing else: a name a template uses that is not
/// here would print as nothing, so a test checks every template against these types.
struct ReportView {
    var title: String
    /// "Annex 4c" for an annex; nil for a report.
    var label: String?
    /// The council's name, from the house style.
    var council: String?
    /// The council's logo, from the house style.
    var logo: String?
    var meeting: MeetingView?
    var from: String?
    var facts: [FactView]
    var hasFacts: Bool
    var exempt: ExemptView?
    var summary: SectionView?
    /// Recommendations where the house style puts them first, after the summary.
    var recommendations: RecommendationsView?
    /// Recommendations where the house style puts them last, after the implications.
    var finalRecommendations: RecommendationsView?
    var sections: [SectionView]
    var implications: [SectionView]
    var signed: SignatoryView?
    var backgroundPapers: BackgroundPapersView?
    var contacts: [ContactView]
    var hasContacts: Bool
    var appendices: [AppendixView]
    var hasAppendices: Bool
    var published: String?
    /// The blocks Tabled builds for the template to place: `{{{blocks.masthead}}}`.
    var blocks = ReportBlocks()
}

/// The parts of the page built from their own templates (or, for appendices, in Swift),
/// each placed whole where the report template names it.
struct ReportBlocks {
    var label: Placement?
    var logo: Placement?
    var masthead: Placement?
    var facts: Placement?
    var exemptNotice: Placement?
    var signature: Placement?
    var backgroundPapers: Placement?
    var contacts: Placement?
    var appendices: Placement?
}

/// The meeting line of the masthead.
struct MeetingView {
    var body: String
    var date: String
    var weekday: String
    var item: String?
    var reference: String?
}

/// One line of the facts box: "Wards affected: All".
struct FactView {
    var name: String
    var value: String
}

/// The exempt notice printed at the head of a Part II report.
struct ExemptView {
    var paragraphs: String
    /// What is exempt: "report", or "appendix" for an annex.
    var noun: String
    /// Markdown prose, references resolved.
    var reason: String?
}

/// A numbered section of the body.
struct SectionView {
    var number: String?
    var anchor: String
    var title: String
    /// The heading, with its number and anchor.
    var heading: Placement
    var paragraphs: [ParagraphView]
}

/// A numbered paragraph, or a table placed in the section.
struct ParagraphView {
    var number: String?
    var anchor: String?
    /// The paragraph or table itself.
    var block: Placement
}

struct RecommendationsView {
    var number: String?
    var anchor: String
    var title: String
    var heading: Placement
    /// The lead-in when it is not numbered: "The Cabinet is RECOMMENDED to".
    var lead: Placement?
    var items: [ParagraphView]
}

struct SignatoryView {
    var name: String
    var role: String?
}

struct BackgroundPapersView {
    var items: [String]
    var none: Bool
}

struct ContactView {
    var name: String
    var role: String?
    var phone: String?
    var email: String?
}

struct AppendixView {
    /// "Appendix A", "Annex 1".
    var number: String
    var anchor: String
    var title: String
    var file: String?
    /// Not for publication: the public paper shows only its title and exempt notice.
    var exempt: Bool
}
