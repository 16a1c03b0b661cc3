/// Greedy word wrapping that keeps hard line breaks.
///
/// Lengths are counted once per word and carried along, so a long paragraph or one very long
/// word wraps in time proportional to its length.
enum TextWrapping {
    static func wrap(_ text: String, width: Int) -> String {
        let width = max(width, 10)
        var text = text
        let fast = text.withUTF8 { bytes -> String? in
            guard scalarsAreCharacters(bytes) else { return nil }
            // Each line of the text wrapped into one buffer: no string per wrapped line.
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / width + 1)
            var start = 0
            while true {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                forEachLine(of: UnsafeBufferPointer(rebasing: bytes[start..<end]), width: width) { line, first in
                    if !first { out.append(0x0A) }
                    out.append(contentsOf: line)
                }
                guard end < bytes.count else { break }
                out.append(0x0A)
                start = end + 1
            }
            return String(decoding: out, as: UTF8.self)
        }
        if let fast { return fast }
        return text.lines.map { line in
            wrapLine(line, width: width).joined(separator: "\n")
        }.joined(separator: "\n")
    }

    static func wrapLine<S: StringProtocol>(_ line: S, width: Int) -> [String] {
        let width = max(width, 1)
        let fast = line.utf8.withContiguousStorageIfAvailable { bytes in
            scalarsAreCharacters(bytes) ? wrapScalars(bytes, width: width) : nil
        }
        if let fast = fast ?? nil { return fast }
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

    /// Whether every scalar of the line is a character of its own, so that widths can be
    /// counted in scalars: no carriage return (which joins a line feed), and nothing outside
    /// ASCII but Latin letters (U+00A0–U+02FF), general punctuation and currency signs, none
    /// of which extend or join a character. The bytes are valid UTF-8, as they come from a string.
    private static func scalarsAreCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            switch lead {
            case 0x0D:
                return false
            case ..<0x80:
                i += 1
            case 0xC2 where bytes[i + 1] >= 0xA0, 0xC3...0xCB:
                i += 2
            case 0xE2:
                let value = 0x2000 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                switch value {
                case 0x2010..<0x2028, 0x2030..<0x205F, 0x20A0..<0x20D0: i += 3
                default: return false
                }
            default:
                return false
            }
        }
        return true
    }

    /// `wrapLine` on UTF-8 bytes, for a line whose scalars are its characters.
    private static func wrapScalars(_ line: UnsafeBufferPointer<UInt8>, width: Int) -> [String] {
        var lines: [String] = []
        forEachLine(of: line, width: width) { wrapped, _ in
            lines.append(String(decoding: wrapped, as: UTF8.self))
        }
        return lines
    }

    /// Greedy wrapping of one line's UTF-8 bytes, whose scalars are its characters: a character
    /// is a byte that does not continue a sequence. `body` gets each wrapped line (at least
    /// one, empty for a blank line) and whether it is the first.
    private static func forEachLine(of line: UnsafeBufferPointer<UInt8>, width: Int,
                                    _ body: (UnsafeBufferPointer<UInt8>, _ first: Bool) -> Void) {
        var current: [UInt8] = []
        current.reserveCapacity(min(line.count, 4 * width + 4))
        var first = true
        func emit(_ bytes: ArraySlice<UInt8>) {
            bytes.withUnsafeBufferPointer { body($0, first) }
            first = false
        }
        var currentCount = 0
        var end = 0
        while end < line.count {
            // The next word: its bytes, and its characters (bytes that do not continue a sequence).
            var start = end
            while start < line.count && line[start] == 0x20 { start += 1 }
            guard start < line.count else { break }
            end = start
            var count = 0
            while end < line.count && line[end] != 0x20 {
                if line[end] & 0xC0 != 0x80 { count += 1 }
                end += 1
            }
            let word = UnsafeBufferPointer(rebasing: line[start..<end])
            if currentCount == 0 {
                current.append(contentsOf: word)
                currentCount = count
            } else if currentCount + 1 + count <= width {
                current.append(0x20)
                current.append(contentsOf: word)
                currentCount += 1 + count
            } else {
                emit(current[...])
                current.removeAll(keepingCapacity: true)
                current.append(contentsOf: word)
                currentCount = count
            }
            // A word longer than the line is cut rather than overflowing it.
            while currentCount > width {
                var cut = 0
                var seen = 0
                while seen < width || (cut < current.count && current[cut] & 0xC0 == 0x80) {
                    if current[cut] & 0xC0 != 0x80 { seen += 1 }
                    cut += 1
                }
                emit(current[..<cut])
                current.removeFirst(cut)
                currentCount -= width
            }
        }
        emit(current[...])
    }
}
