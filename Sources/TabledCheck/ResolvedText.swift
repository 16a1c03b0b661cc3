import TabledModel

/// A prose field or a table label with its `{{ref:}}`, `{{figure:}}` and `{{table:}}`
/// placeholders resolved by the check stage, for the presenter to print.
public struct ResolvedText: Sendable, Equatable {
    public enum Piece: Sendable, Equatable {
        /// Text as the officer wrote it: Markdown in prose, plain words in labels.
        case written(String)
        /// A cross-reference: the words it prints ("paragraph 3.2") and the anchor it links to.
        case reference(words: String, anchor: String)
        /// A figure printed in house style ("£59.4m").
        case figure(String)
        /// A placeholder that resolved to nothing; its diagnostic is already reported.
        case unresolved(String)
    }

    public var pieces: [Piece]

    public init(_ pieces: [Piece]) {
        self.pieces = pieces
    }

    /// The text with references as their words and figures as printed.
    public var plain: String {
        pieces.map { piece in
            switch piece {
            case .written(let text), .figure(let text), .unresolved(let text): text
            case .reference(let words, _): words
            }
        }.joined()
    }
}
