import TabledModel

/// The house-style choices the presenter needs.
public struct PresentationStyle: Sendable {
    /// How negatives print where a table does not say.
    public var negative: NegativeStyle
    /// Whether reports number their sections and paragraphs (1, 1.1, 1.2 ...).
    public var numberParagraphs: Bool

    public init(negative: NegativeStyle = .brackets, numberParagraphs: Bool = true) {
        self.negative = negative
        self.numberParagraphs = numberParagraphs
    }

    public static let standard = PresentationStyle()
}
