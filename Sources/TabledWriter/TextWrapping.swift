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
            // Written straight into the string's storage: a break takes the place of a space,
            // and each cut word adds one line feed, at most one per `width` characters.
            return String(unsafeUninitializedCapacity: bytes.count + bytes.count / width + 1) { out in
                var breaks: [Int]? = nil
                var end = 0
                var start = 0
                while true {
                    var lineEnd = start
                    while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                    end = write(UnsafeBufferPointer(rebasing: bytes[start..<lineEnd]), width: width, to: out, at: end, breaks: &breaks)
                    guard lineEnd < bytes.count else { break }
                    out[end] = 0x0A
                    end += 1
                    start = lineEnd + 1
                }
                return end
            }
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
        return wrapCharacters(line, width: width)
    }

    /// `wrapLine` counted in characters: the reading the byte-level wrapping must agree with.
    static func wrapCharacters<S: StringProtocol>(_ line: S, width: Int) -> [String] {
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
        var breaks: [Int]? = []
        var out = [UInt8](repeating: 0, count: line.count + line.count / width + 1)
        let end = out.withUnsafeMutableBufferPointer { write(line, width: width, to: $0, at: 0, breaks: &breaks) }
        var lines: [String] = []
        var start = 0
        for lineBreak in (breaks ?? []) + [end] {
            lines.append(String(decoding: out[start..<lineBreak], as: UTF8.self))
            start = lineBreak + 1
        }
        return lines
    }

    /// Writes one line's words to `out` from `start`, wrapped greedily at `width` characters
    /// with a line feed at each break, and returns where the writing ends. The line's scalars
    /// are its characters: a character is a byte that does not continue a sequence. `breaks`,
    /// when not nil, gets the offset of each line feed written, for a line that holds its own.
    private static func write(_ line: UnsafeBufferPointer<UInt8>, width: Int, to out: UnsafeMutableBufferPointer<UInt8>,
                              at start: Int, breaks: inout [Int]?) -> Int {
        var end = start
        var lineStart = start
        var lineCount = 0
        var i = 0
        while i < line.count {
            // The next word: its bytes, and its characters (bytes that do not continue a sequence).
            while i < line.count && line[i] == 0x20 { i += 1 }
            guard i < line.count else { break }
            let wordStart = i
            var count = 0
            while i < line.count && line[i] != 0x20 {
                if line[i] & 0xC0 != 0x80 { count += 1 }
                i += 1
            }
            if lineCount == 0 {
                lineCount = count
            } else if lineCount + 1 + count <= width {
                out[end] = 0x20
                end += 1
                lineCount += 1 + count
            } else {
                out[end] = 0x0A
                breaks?.append(end)
                end += 1
                lineStart = end
                lineCount = count
            }
            (out.baseAddress! + end).update(from: line.baseAddress! + wordStart, count: i - wordStart)
            end += i - wordStart
            // A word longer than the line is cut rather than overflowing it: after every `width`
            // characters (and any bytes continuing the last) while more than `width` are left.
            guard lineCount > width else { continue }
            var cuts: [Int] = []
            var at = lineStart
            while lineCount - cuts.count * width > width {
                var seen = 0
                while seen < width || (at < end && out[at] & 0xC0 == 0x80) {
                    if out[at] & 0xC0 != 0x80 { seen += 1 }
                    at += 1
                }
                cuts.append(at)
            }
            // One pass from the back opens a line feed before each cut.
            var shift = cuts.count
            var j = end - 1
            while shift > 0 {
                out[j + shift] = out[j]
                if j == cuts[shift - 1] {
                    shift -= 1
                    out[j + shift] = 0x0A
                }
                j -= 1
            }
            for (k, cut) in cuts.enumerated() { breaks?.append(cut + k) }
            end += cuts.count
            lineStart = cuts[cuts.count - 1] + cuts.count
            lineCount -= cuts.count * width
        }
        return end
    }
}
