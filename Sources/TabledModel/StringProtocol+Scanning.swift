import Foundation

/// Foundation's string calls, answered on the UTF-8 bytes where the answer is plain from
/// them. On Linux each Foundation call bridges to NSString and back, which cost about 40%
/// of a render; these give the same result, byte for byte, and call Foundation only for
/// the text the bytes cannot decide.
extension StringProtocol {
    /// Whether the text is empty or white space only: `trimmingCharacters(in: .whitespacesAndNewlines).isEmpty`.
    ///
    /// A scalar that cannot be white space answers it: trimming stops there. Only a possible
    /// Unicode space before anything else is left to Foundation.
    public var isBlank: Bool {
        for scalar in unicodeScalars {
            if scalar.isASCII {
                if !Self.isASCIIWhitespace(UInt8(scalar.value)) { return false }
            } else if !Self.mayBeWhitespace(scalar) {
                return false
            } else {
                return trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            }
        }
        return true
    }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, trimmed on the bytes unless a scalar
    /// left at either end may be Unicode white space.
    public var trimmedOfWhitespace: String {
        asciiTrimmed(Self.isASCIIWhitespace) ?? trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `trimmingCharacters(in: .whitespaces)` (spaces and tabs, not line breaks), as above.
    public var trimmedOfSpaces: String {
        asciiTrimmed { $0 == 0x20 || $0 == 0x09 } ?? trimmingCharacters(in: .whitespaces)
    }

    /// The text without the ASCII bytes `isSpace` picks at either end, or nil when Foundation
    /// must decide: the first or last scalar left may be Unicode white space.
    private func asciiTrimmed(_ isSpace: (UInt8) -> Bool) -> String? {
        // A String's bytes can be walked from both ends; a Substring is copied once to get one.
        let text = String(self)
        let bytes = text.utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, isSpace(bytes[start]) { bytes.formIndex(after: &start) }
        while start < end {
            let before = bytes.index(before: end)
            guard isSpace(bytes[before]) else { break }
            end = before
        }
        // Only ASCII white space, or nothing: nothing is left, whichever way it is trimmed.
        if start == end { return "" }
        // Foundation trims whole scalars of its set; one that is not white space ends the trim.
        let scalars = text.unicodeScalars
        guard !Self.mayBeWhitespace(scalars[start]), !Self.mayBeWhitespace(scalars[scalars.index(before: end)]) else { return nil }
        if start == bytes.startIndex, end == bytes.endIndex { return text }
        return String(text[start..<end])
    }

    /// A scalar Foundation's white space sets may hold beyond ASCII, or whose place in them
    /// has changed between Unicode versions: those texts are left to Foundation.
    private static func mayBeWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        guard !scalar.isASCII else { return false }
        switch scalar.properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
        default: return [0x0085, 0x180E, 0x200B, 0x2060, 0xFEFF].contains(scalar.value)
        }
    }

    /// Whether the exact bytes of `needle` occur in the text.
    public func containsBytes(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { pattern in
            // Native strings and their substrings are contiguous; any other text is copied to be.
            if let found = utf8.withContiguousStorageIfAvailable({ Self.find(pattern, in: $0) }) { return found }
            return Array(utf8).withUnsafeBufferPointer { Self.find(pattern, in: $0) }
        }
    }

    /// `range(of:)` for an ASCII `needle`: found on the bytes when the first match has ASCII
    /// on either side, so that it is whole characters, where Foundation's search, which
    /// matches only whole composed characters, finds it too. No character decomposes to
    /// ASCII punctuation, so where the bytes do not match, neither does Foundation; any
    /// other match (a combining mark after it, say) is left to Foundation.
    public func rangeOfBytes(_ needle: String) -> Range<Index>? {
        var needle = needle
        let match = needle.withUTF8 { pattern in
            utf8.withContiguousStorageIfAvailable { bytes -> ByteMatch in
                guard let at = Self.firstOffset(of: pattern, in: bytes) else { return .absent }
                let end = at + pattern.count
                let wholeCharacters = (at == 0 || bytes[at - 1] < 0x80) && (end == bytes.count || bytes[end] < 0x80)
                return wholeCharacters ? .at(at) : .undecided
            }
        } ?? .undecided
        switch match {
        case .absent:
            return nil
        case .at(let offset):
            let lower = utf8.index(utf8.startIndex, offsetBy: offset)
            return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
        case .undecided:
            return range(of: needle)
        }
    }

    /// Whether `pattern` occurs in `haystack`.
    private static func find(_ pattern: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        pattern.isEmpty || firstOffset(of: pattern, in: haystack) != nil
    }

    /// Where `pattern` first occurs in `haystack`: memchr to each candidate first byte, then a compare.
    private static func firstOffset(of pattern: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let head = pattern.first, let base = haystack.baseAddress, let patternBase = pattern.baseAddress else { return nil }
        var offset = 0
        while haystack.count - offset >= pattern.count {
            guard let hit = memchr(base + offset, Int32(head), haystack.count - offset - pattern.count + 1) else { return nil }
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + at, patternBase, pattern.count) == 0 { return at }
            offset = at + 1
        }
        return nil
    }

    /// `replacingOccurrences(of:with:)`; without Foundation when `target` is not in the text,
    /// or when text and target are ASCII without carriage returns, where every byte is a
    /// character of its own and the match can only be the literal one.
    public func replacingBytes(_ target: String, with replacement: String) -> String {
        guard containsBytes(target) else { return String(self) }
        // Walked as a String's bytes: a generic walk of Self's costs a conformance scan at first use.
        let text = String(self)
        guard !target.isEmpty, target.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }),
              text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else {
            return text.replacingOccurrences(of: target, with: replacement)
        }
        return Self.replacing(Array(target.utf8), with: replacement, in: Array(text.utf8))
    }

    /// Every occurrence of `target` in `text` replaced, left to right, as Foundation does.
    private static func replacing(_ target: [UInt8], with replacement: String, in text: [UInt8]) -> String {
        var result = [UInt8]()
        result.reserveCapacity(text.count)
        var offset = 0
        while offset < text.count {
            if text.count - offset >= target.count, text[offset] == target[0],
               text[offset..<offset + target.count].elementsEqual(target) {
                result.append(contentsOf: replacement.utf8)
                offset += target.count
            } else {
                result.append(text[offset])
                offset += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Foundation's white space and newlines, as far as ASCII goes: tab to carriage return, and space.
    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}

/// What the bytes say of a search: no match, a match at a byte offset, or one Foundation must judge.
private enum ByteMatch {
    case absent
    case at(Int)
    case undecided
}

extension String {
    /// The text's lines: `split(separator: "\n", omittingEmptySubsequences: false)`, found on
    /// the bytes. A line feed is a character of its own unless a carriage return comes just
    /// before it, so text without carriage returns splits the same; text with one is left to
    /// the character split.
    public var lines: [Substring] {
        guard !containsBytes("\r") else { return split(separator: "\n", omittingEmptySubsequences: false) }
        var text = self
        let offsets = text.withUTF8 { bytes -> [Int] in
            guard let base = bytes.baseAddress else { return [] }
            var offsets: [Int] = []
            var offset = 0
            while let hit = memchr(base + offset, 0x0A, bytes.count - offset) {
                offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
                offsets.append(offset - 1)
            }
            return offsets
        }
        var lines: [Substring] = []
        lines.reserveCapacity(offsets.count + 1)
        var start = utf8.startIndex
        for offset in offsets {
            let end = utf8.index(utf8.startIndex, offsetBy: offset)
            lines.append(self[start..<end])
            start = utf8.index(after: end)
        }
        lines.append(self[start...])
        return lines
    }
}
