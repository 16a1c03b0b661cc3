import Foundation
import Testing
import TabledModel

/// The byte-level string helpers give Foundation's answer, byte for byte: Foundation is the spec.
@Suite struct StringScanningTests {
    /// Texts whose ends are plain ASCII, Unicode white space, marks joined to a space, CR LF.
    static let texts = [
        "", " ", "\t\n\r ", "abc", " abc ", "\tabc\n", "a b", " \u{301}abc", "abc \u{301}", "\u{00A0}abc\u{00A0}",
        "\u{2028}x", "x\u{0085}", "é ", " é", "a\r\n", "\r\nabc\r\n", "a b\u{3000}", " \u{3000} ", "£1,200 ", "\u{FEFF}a",
        " “Quoted” ", "…and so on… ", "\u{2009}thin\u{202F}", "e\u{301} ", "\u{1F600} ", " \u{200B}x",
    ]

    @Test(arguments: texts)
    func trimmedOfWhitespaceIsFoundationsTrim(text: String) {
        #expect(text.trimmedOfWhitespace == text.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(text.dropFirst(0).trimmedOfWhitespace == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test(arguments: texts + ["\u{2028}", " \u{00A0}\u{3000}\n", "\u{00A0}é", " \u{200B}", "\u{301}"])
    func isBlankIsFoundationsTrim(text: String) {
        #expect(text.isBlank == text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        #expect(text.dropFirst(0).isBlank == text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
    }

    @Test(arguments: texts + ["{{ref:a}}", "x {{figure:b}} y", "é{{x}}é", "{{\u{301}x}}", "a\u{301}{{x}}", "{ {x} }", "{{x}\u{301}}", "\u{200D}{{x}}", "£{{figure:a}}m"])
    func rangeOfBytesIsFoundationsRange(text: String) {
        for needle in ["{{", "}}", "x"] {
            let expected = text.range(of: needle).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }
            let found = text.rangeOfBytes(needle).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }
            #expect(found == expected, "\(needle) in \(text.debugDescription)")
            let tail = text.dropFirst()
            #expect(tail.rangeOfBytes(needle).map { String(tail[$0]) } == tail.range(of: needle).map { String(tail[$0]) })
        }
    }

    @Test(arguments: texts)
    func trimmedOfSpacesIsFoundationsTrim(text: String) {
        #expect(text.trimmedOfSpaces == text.trimmingCharacters(in: .whitespaces))
    }

    @Test(arguments: [
        ("020 8937 1234", " ", "\u{00A0}"), ("under_score_", "_", " "), ("a\r\nb", "\n", " "), ("é e", " ", "_"),
        ("aaa", "aa", "b"), ("", "x", "y"), ("abc", "abc", ""), ("a_b", "_", ""), ("no match", "z", "y"),
        ("a\u{301} b", " ", "-"), ("%2e%2E", "%2e", "."),
    ])
    func replacingBytesIsFoundationsReplace(text: String, target: String, replacement: String) {
        #expect(text.replacingBytes(target, with: replacement) == text.replacingOccurrences(of: target, with: replacement))
    }
}
