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
}
