import Foundation

/// Foundation's string calls, answered on the UTF-8 bytes where the answer is plain from
/// them. On Linux each Foundation call bridges to NSString and back, which cost about 40%
/// of a render; these give the same result, byte for byte, and call Foundation only for
/// the text the bytes cannot decide.
extension StringProtocol {
    /// Whether the text is empty or white space only: `trimmingCharacters(in: .whitespacesAndNewlines).isEmpty`.
    public var isBlank: Bool {
        for byte in utf8 {
            if byte >= 0x80 { return trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
            if !Self.isASCIIWhitespace(byte) { return false }
        }
        return true
    }

    /// The last byte of the text, if any.
    private var lastByte: UInt8? {
        utf8.isEmpty ? nil : utf8[utf8.index(utf8.startIndex, offsetBy: utf8.count - 1)]
    }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)`; the text itself when it already
    /// begins and ends with a printing ASCII character.
    public var trimmedOfWhitespace: String {
        if let first = utf8.first, let last = lastByte, first < 0x80, last < 0x80,
           !Self.isASCIIWhitespace(first), !Self.isASCIIWhitespace(last) {
            return String(self)
        }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `trimmingCharacters(in: .whitespaces)` (spaces and tabs, not line breaks), as above.
    public var trimmedOfSpaces: String {
        if let first = utf8.first, let last = lastByte, first < 0x80, last < 0x80,
           first != 0x20, first != 0x09, last != 0x20, last != 0x09 {
            return String(self)
        }
        return trimmingCharacters(in: .whitespaces)
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

    /// Whether `pattern` occurs in `haystack`: memchr to each candidate first byte, then a compare.
    private static func find(_ pattern: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let head = pattern.first else { return true }
        guard let base = haystack.baseAddress, let patternBase = pattern.baseAddress else { return false }
        var offset = 0
        while haystack.count - offset >= pattern.count {
            guard let hit = memchr(base + offset, Int32(head), haystack.count - offset - pattern.count + 1) else { return false }
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + at, patternBase, pattern.count) == 0 { return true }
            offset = at + 1
        }
        return false
    }

    /// `replacingOccurrences(of:with:)`; the text itself, without Foundation, when `target` is not in it.
    public func replacingBytes(_ target: String, with replacement: String) -> String {
        containsBytes(target) ? replacingOccurrences(of: target, with: replacement) : String(self)
    }

    /// Foundation's white space and newlines, as far as ASCII goes: tab to carriage return, and space.
    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
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
