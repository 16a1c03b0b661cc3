/// A council's house style: how its papers number, print and order things.
public struct HouseStyle: Sendable, Equatable {
    /// How body paragraphs are numbered.
    public enum ParagraphNumbering: String, Sendable, CaseIterable {
        /// Section and paragraph: 3.1, 3.2 (Brent, most councils).
        case decimal
        /// One sequence through the paper: 1, 2, 3, under unnumbered headings (Oxfordshire).
        case continuous
        /// No numbers.
        case none
    }

    /// How recommendations are numbered.
    public enum RecommendationNumbering: String, Sendable, CaseIterable {
        /// Within their section: 2.1, 2.2 (or 16.1 with continuous paragraphs).
        case decimal
        /// (a), (b), (c).
        case letters
    }

    /// How appendices are named.
    public enum AppendixNumbering: String, Sendable, CaseIterable {
        /// Appendix A, B.
        case letters
        /// Annex 1, 2.
        case numbers
    }

    /// Where the recommendations stand.
    public enum RecommendationsPosition: String, Sendable, CaseIterable {
        /// After the summary, before the body (Brent).
        case start
        /// After the body and implications (Oxfordshire).
        case end
    }

    /// What a decision-making body requires of the reports that come to it.
    public struct BodyRule: Sendable, Equatable {
        /// The body's name as reports give it in `meeting.body`, e.g. "Cabinet".
        public var body: Located<String>
        /// The implications every report to it must state, e.g. legal, financial, equalities, risk.
        public var implications: [Located<String>]

        public init(body: Located<String>, implications: [Located<String>]) {
            self.body = body
            self.implications = implications
        }
    }

    /// A council's own wording for a standard agenda item.
    public struct StandardWording: Sendable, Equatable {
        public var title: String?
        public var text: String?

        public init(title: String?, text: String?) {
            self.title = title
            self.text = text
        }
    }

    public var council: String?
    /// Where the council publishes its packs (`https://democracy.example.gov.uk/packs`): the
    /// meeting folders' address, for the open data's links. Nil: links are relative.
    public var baseURL: String?
    /// Standard agenda items in the council's words, by item (apologies, declarations ...).
    public var standardItems: [String: StandardWording] = [:]
    /// Days the council is closed besides weekends and bank holidays: they do not count
    /// towards a call-in period.
    public var closures: Set<ISODate> = []
    /// A logo printed in the masthead: a path or address as the HTML should refer to it.
    public var logo: String?
    /// Colours for the default stylesheet, by its variable names (ink, muted, rule, accent, paper).
    public var colours: [String: String]
    public var bodies: [BodyRule]
    public var negative: NegativeStyle
    public var paragraphs: ParagraphNumbering
    public var recommendations: RecommendationNumbering
    public var appendices: AppendixNumbering
    /// The word before an appendix's number: "Appendix" or "Annex"; nil for the form's own
    /// (Appendix A, Annex 1). "Appendix" with numbers gives Appendix 1.
    public var appendixWord: String?
    public var recommendationsPosition: RecommendationsPosition

    public init(council: String? = nil, negative: NegativeStyle = .brackets, paragraphs: ParagraphNumbering = .decimal,
                recommendations: RecommendationNumbering = .decimal, appendices: AppendixNumbering = .letters,
                recommendationsPosition: RecommendationsPosition = .start, logo: String? = nil,
                colours: [String: String] = [:], bodies: [BodyRule] = []) {
        self.council = council
        self.logo = logo
        self.colours = colours
        self.bodies = bodies
        self.negative = negative
        self.paragraphs = paragraphs
        self.recommendations = recommendations
        self.appendices = appendices
        self.recommendationsPosition = recommendationsPosition
    }

    /// The colour variables a house style may set.
    public static let colourNames = ["ink", "muted", "rule", "accent", "paper"]

    /// The rule for a body, matched without regard to case.
    public func rule(for body: String) -> BodyRule? {
        bodies.first { $0.body.value.lowercased() == body.lowercased() }
    }

    /// Tabled's own style, used when no `--style` is given.
    public static let standard = HouseStyle()
}
