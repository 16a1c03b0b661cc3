import Testing
@testable import TabledReader

/// Aliases are found wherever a YAML node can start, and nowhere else.
@Suite struct AliasScannerTests {
    @Test(arguments: [
        ("a: *x\n", 1, 4),
        ("a: &x 1\n", 1, 4),
        ("- *x\n", 1, 3),
        ("a: [1, *x]\n", 1, 8),
        ("a: {k: *x}\n", 1, 8),
        ("a:\n  - b\n  - &anchor c\n", 3, 5),
        ("text: |\n  * item\nb: *x\n", 3, 4),
        // Columns count characters, not bytes; a carriage return alone does not end a line.
        ("£é: [£1, *x]\n", 1, 10),
        ("a: 1\rb: *x\n", 1, 9),
    ])
    func findsAliases(_ yaml: String, _ line: Int, _ column: Int) {
        #expect(AliasScanner.firstAlias(in: yaml) == .init(line: line, column: column))
    }

    @Test(arguments: [
        "text: |\n  * a Markdown bullet\n  *emphasis* at a line start\n",
        "text: >-\n  *emphasis*\n\n  & more\n",
        "text: A long plain value\n  *emphasis* continues it\n",
        "text: \"quoted *not an alias*\"\n",
        "text: 'it''s *fine*'\n",
        "text: a * b & c\n",
        "# a comment with *x\nkey: value # and *y\n",
        "row: [Savings, \"(£820,232)\"]\n",
        "text: \"multi\n  *line quoted\"\n",
    ])
    func ignoresTextThatIsNotANode(_ yaml: String) {
        #expect(AliasScanner.firstAlias(in: yaml) == nil)
    }
}
