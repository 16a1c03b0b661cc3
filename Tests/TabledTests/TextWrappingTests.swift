import Testing
@testable import TabledWriter

/// Plain text wraps greedily at a width counted in characters, whatever bytes they take.
@Suite struct TextWrappingTests {
    @Test(arguments: [
        ("one two three four", 9, ["one two", "three", "four"]),
        ("£1,000 café naïve", 10, ["£1,000", "café naïve"]),
        ("spend – “in year” £2m", 11, ["spend – “in", "year” £2m"]),
        // A word longer than the line is cut at the width, never inside a character.
        ("abcdefghijklm", 10, ["abcdefghij", "klm"]),
        ("ééééééééééééé", 10, ["éééééééééé", "ééé"]),
        ("x £££££££££££", 10, ["x", "££££££££££", "£"]),
        // Combining accents and emoji are one character each, however many scalars.
        (String(repeating: "e\u{301}", count: 12), 10, [String(repeating: "e\u{301}", count: 10), String(repeating: "e\u{301}", count: 2)]),
        ("a 👩‍👩‍👧 b", 10, ["a 👩‍👩‍👧 b"]),
        // A carriage return before a line feed is one character with it.
        ("ab\r\ncd", 10, ["ab\r\ncd"]),
        ("  spaced   out  ", 20, ["spaced out"]),
    ])
    func wrapsAtTheWidth(_ line: String, _ width: Int, _ expected: [String]) {
        #expect(TextWrapping.wrapLine(line, width: width) == expected)
    }

    /// Paragraphs of words from a small alphabet (ASCII, accents, £, dashes, long words, runs
    /// of spaces, line feeds) wrap on their bytes exactly as they wrap in characters.
    @Test func bytesWrapAsCharactersDo() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "bc", "def", "£1,000", "café", "–", "“q”", "abcdefghijklmnopqrstuvwxyz0123456789", "ééééééééééééé",
                      " ", "  ", "\n", "x"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                .joined(separator: Bool.random(using: &generator) ? " " : "")
            let width = Int.random(in: 1...30, using: &generator)
            let expected = text.lines.map { TextWrapping.wrapCharacters($0, width: max(width, 10)).joined(separator: "\n") }
                .joined(separator: "\n")
            #expect(TextWrapping.wrap(text, width: width) == expected, "\(text.debugDescription) at \(width)")
            #expect(TextWrapping.wrapLine(text, width: width) == TextWrapping.wrapCharacters(text, width: width),
                    "\(text.debugDescription) at \(width)")
        }
    }
}
