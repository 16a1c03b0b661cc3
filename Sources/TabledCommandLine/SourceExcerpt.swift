import Foundation
import TabledModel

/// The line a diagnostic points at, with a caret under its column, as the Swift and Rust
/// compilers print them:
///
///     report.yaml:14:9: error: ... [table.total-mismatch]
///        14 |       - {label: Total, total: sum, values: [4.0]}
///           |         ^
///
/// Files are read once each, and only text files a person edits (not Word or PDF, whose
/// places are a table and row, or a page and line).
package struct SourceExcerpt {
    /// Lines longer than this are shown as a window around the column.
    static let widest = 120
    /// Larger files are not read again for an excerpt.
    static let largestFile = 5 * 1024 * 1024

    private var files: [String: [Substring]] = [:]
    private var unreadable: Set<String> = []

    package init() {}

    /// The two lines to print under a diagnostic at `location`; none where there is no line to show.
    package mutating func lines(at location: SourceLocation) -> [String] {
        guard location.part == nil, location.line >= 1, let lines = load(location.file), location.line <= lines.count else { return [] }
        var text = Array(lines[location.line - 1].unicodeScalars)
        if text.last == "\r" { text.removeLast() }
        var column = max(location.column - 1, 0)
        var prefix = ""
        if text.count > Self.widest {
            let start = max(0, min(column - Self.widest / 2, text.count - Self.widest))
            text = Array(text[start..<min(text.count, start + Self.widest)])
            column -= start
            prefix = start > 0 ? "…" : ""
        }
        let shown = String(String.UnicodeScalarView(text))
        let number = String(location.line)
        let gutter = String(repeating: " ", count: number.count)
        // Tabs stay tabs under the line, so the caret stands under its character.
        let pad = text.prefix(column).map { $0 == "\t" ? "\t" : " " }.joined()
        return [" \(number) | \(prefix)\(shown)", " \(gutter) | \(prefix.isEmpty ? "" : " ")\(pad)^"]
    }

    private mutating func load(_ file: String) -> [Substring]? {
        if let lines = files[file] { return lines }
        if unreadable.contains(file) { return nil }
        let lower = file.lowercased()
        guard !lower.hasSuffix(".docx"), !lower.hasSuffix(".pdf"), file != "-",
              let attributes = try? FileManager.default.attributesOfItem(atPath: file),
              let size = attributes[.size] as? Int, size <= Self.largestFile,
              let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8)
        else {
            unreadable.insert(file)
            return nil
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        files[file] = lines
        return lines
    }
}
