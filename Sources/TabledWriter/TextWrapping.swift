/// Greedy word wrapping that keeps hard line breaks.
///
/// Lengths are counted once per word and carried along, so a long paragraph or one very long
/// word wraps in time proportional to its length.
enum TextWrapping {
    static func wrap(_ text: String, width: Int) -> String {
        let width = max(width, 10)
        return text.lines.map { line in
            wrapLine(line, width: width).joined(separator: "\n")
        }.joined(separator: "\n")
    }

    static func wrapLine<S: StringProtocol>(_ line: S, width: Int) -> [String] {
        let width = max(width, 1)
        // In ASCII every byte is a character, so words and widths can be counted in bytes.
        if line.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return wrapASCII(Array(line.utf8), width: width) }
        var lines: [String] = []
        var current = ""
        var currentCount = 0
        for word in line.split(separator: " ", omittingEmptySubsequences: true) {
            let count = word.count
            if currentCount == 0 {
                current = String(word)
                currentCount = count
            } else if currentCount + 1 + count <= width {
                current += " "
                current += word
                currentCount += 1 + count
            } else {
                lines.append(current)
                current = String(word)
                currentCount = count
            }
            // A word longer than the line is cut rather than overflowing it.
            if currentCount > width {
                var characters = Substring(current)
                while currentCount > width {
                    let cut = characters.index(characters.startIndex, offsetBy: width)
                    lines.append(String(characters[..<cut]))
                    characters = characters[cut...]
                    currentCount -= width
                }
                current = String(characters)
            }
        }
        lines.append(current)
        return lines
    }

    /// `wrapLine` for a line of ASCII, on its bytes.
    private static func wrapASCII(_ line: [UInt8], width: Int) -> [String] {
        var lines: [String] = []
        var current: [UInt8] = []
        for word in line.split(separator: 0x20, omittingEmptySubsequences: true) {
            if current.isEmpty {
                current = Array(word)
            } else if current.count + 1 + word.count <= width {
                current.append(0x20)
                current += word
            } else {
                lines.append(String(decoding: current, as: UTF8.self))
                current = Array(word)
            }
            // A word longer than the line is cut rather than overflowing it.
            while current.count > width {
                lines.append(String(decoding: current[..<width], as: UTF8.self))
                current.removeFirst(width)
            }
        }
        lines.append(String(decoding: current, as: UTF8.self))
        return lines
    }
}
