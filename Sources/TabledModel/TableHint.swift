import Foundation

/// An author's word on how to read the next table of a published paper: `<!-- tabled: balance -->`.
public enum TableHint: String, Sendable, CaseIterable {
    /// The first row is an opening balance, the last a closing one, the rest movements.
    case balance
    /// The last row is the sum of the rows above it (and of the subtotals, not the rows they
    /// hold), whatever its label says.
    case sum
    /// Not a table of figures to check.
    case ignore

    /// Reads the hint from an HTML comment, if it is one.
    public init?(comment: String) {
        let trimmed = comment.trimmedOfWhitespace
        guard trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->") else { return nil }
        self.init(commentText: String(trimmed.dropFirst(4).dropLast(3)))
    }

    /// Reads the hint from a comment's text without its `<!--` and `-->`.
    public init?(commentText: String) {
        let inner = commentText.trimmedOfWhitespace
        guard inner.lowercased().hasPrefix("tabled:") else { return nil }
        let word = inner.dropFirst("tabled:".count).trimmedOfSpaces.lowercased()
        self.init(rawValue: word)
    }
}
