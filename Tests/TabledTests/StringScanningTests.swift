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

    /// A caption's own number is trimmed of ":.," as Foundation trims them.
    @Test(arguments: ["Table 1 of paper 2", "Table 4: Spend", "Figure 12. Pooled", "table 3b, revised", "Table A:: x",
                      "Table 1.\u{301} x", "Table 2\u{301}. x", "Table ..1.. x", "Figure x:", "Table 5"])
    func ownNumberTrimsAsFoundation(caption: String) {
        let here = SourceLocation(file: "t.yaml", line: 1, column: 1)
        let table = BudgetTable(id: Located("t", at: here), caption: Located(caption, at: here), unit: Located(.pounds, at: here),
                                negative: nil, label: nil, columns: [], rows: [], exact: false, location: here)
        let words = caption.split(separator: " ", maxSplits: 2)
        let expected = table.ownNumber.map { _ in words[0] + " " + String(words[1]).trimmingCharacters(in: CharacterSet(charactersIn: ":.,")) }
        #expect(table.ownNumber == expected)
    }
}
