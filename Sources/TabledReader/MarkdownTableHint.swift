import Foundation

/// An author's word on how to read the next Markdown table: `<!-- tabled: balance -->`.
enum MarkdownTableHint: String, Sendable, CaseIterable {
    /// The first row is an opening balance, the last a closing one, the rest movements.
    case balance
    /// The last row is the sum of the rows above it, whatever its label says.
    case sum
    /// Not a table of figures to check.
    case ignore

    /// Reads the hint from an HTML comment, if it is one.
    init?(comment: String) {
        let trimmed = comment.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->") else { return nil }
        let inner = trimmed.dropFirst(4).dropLast(3).trimmingCharacters(in: .whitespaces)
        guard inner.lowercased().hasPrefix("tabled:") else { return nil }
        let word = inner.dropFirst("tabled:".count).trimmingCharacters(in: .whitespaces).lowercased()
        self.init(rawValue: word)
    }
}
