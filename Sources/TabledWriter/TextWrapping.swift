/// Greedy word wrapping that keeps hard line breaks.
enum TextWrapping {
    static func wrap(_ text: String, width: Int) -> String {
        let width = max(width, 10)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            wrapLine(String(line), width: width).joined(separator: "\n")
        }.joined(separator: "\n")
    }

    static func wrapLine(_ line: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: true) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
            // A word longer than the line is cut rather than overflowing it.
            while current.count > width {
                lines.append(String(current.prefix(width)))
                current = String(current.dropFirst(width))
            }
        }
        lines.append(current)
        return lines
    }
}
