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

    public var council: String?
    public var negative: NegativeStyle
    public var paragraphs: ParagraphNumbering
    public var recommendations: RecommendationNumbering
    public var appendices: AppendixNumbering
    public var recommendationsPosition: RecommendationsPosition

    public init(council: String? = nil, negative: NegativeStyle = .brackets, paragraphs: ParagraphNumbering = .decimal,
                recommendations: RecommendationNumbering = .decimal, appendices: AppendixNumbering = .letters,
                recommendationsPosition: RecommendationsPosition = .start) {
        self.council = council
        self.negative = negative
        self.paragraphs = paragraphs
        self.recommendations = recommendations
        self.appendices = appendices
        self.recommendationsPosition = recommendationsPosition
    }

    /// Tabled's own style, used when no `--style` is given.
    public static let standard = HouseStyle()
}
