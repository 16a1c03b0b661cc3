import Testing
@testable import TabledReader

/// A cell's text as a reader sees it: each run of white space one space, none at the ends,
/// whatever the markup put there (line breaks in HTML, tabs in Word), in ASCII and beyond it.
@Suite struct MarkupTextTests {
    @Test(arguments: [
        ("1,234", "1,234"),
        ("  Total\n net  ", "Total net"),
        ("Row\t\t5 \r\n (a)", "Row 5 (a)"),
        ("\u{0B}\u{0C}x", "x"),
        ("", ""),
        ("   ", ""),
        ("Café\u{00A0}\u{00A0}£12", "Café £12"),
        ("Thé \u{2003} Band D", "Thé Band D"),
    ])
    func whiteSpaceIsOneSpace(_ text: String, _ expected: String) {
        #expect(MarkupTree.spacesCollapsed(text) == expected)
    }

    @Test func aTidyLabelIsTheSameString() {
        #expect(MarkupTree.spacesCollapsed("Adult social care") == "Adult social care")
    }
}
