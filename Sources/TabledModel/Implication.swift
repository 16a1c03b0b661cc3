import Foundation

/// One implications paragraph (legal, financial, equalities, risk...).
public struct Implication: Sendable {
    /// The kinds a report may state, in the order papers print them.
    public static let kinds = [
        "legal", "financial", "equalities", "risk", "staffing", "property",
        "environmental", "sustainability", "crime_and_disorder", "human_rights", "health", "consultation",
    ]

    public var kind: Located<String>
    public var text: Located<String>

    public init(kind: Located<String>, text: Located<String>) {
        self.kind = kind
        self.text = text
    }

    /// "Crime and disorder implications".
    public var heading: String {
        let words = kind.value.replacingBytes("_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst() + " implications"
    }
}
