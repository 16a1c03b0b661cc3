import Foundation
import Testing
import TabledModel

/// `docs/diagnostics.md` is written from the catalogue: every id, its severity, when it is
/// given, how it reads (the catalogue's own wording, from an example) and how to fix it.
/// A wording or an id changed in the code and not in the document fails here; set
/// TABLED_RECORD=1 to write the document again.
@Suite struct DiagnosticCatalogueTests {
    /// A figure as a table printing negatives in brackets reports it.
    static func printed(_ decimal: String) -> PrintedAmount {
        PrintedAmount(Amount.readPlain(decimal) ?? .zero, negative: .brackets)
    }

    struct Entry {
        var when: String
        var example: DiagnosticKind
        var fix: String
    }

    /// One entry per id, in the order the document lists them.
    static let entries: [Entry] = [
        Entry(when: "A file is larger than Tabled reads (see the limits in the README).", example: .tooLarge(megabytes: 5),
              fix: "Split the paper, or check that the right file was named."),
        Entry(when: "A published Word, HTML or PDF file cannot be read as a paper: corrupt, encrypted, or a scanned image.",
              example: .unreadablePaper(format: "PDF", why: .noText),
              fix: "Check a version with text in it; a scan cannot be checked."),
        Entry(when: "A file is not UTF-8 text, or is binary.", example: .notUTF8, fix: "Save it as UTF-8."),
        Entry(when: "A file is empty.", example: .empty, fix: "Start from `tabled new report PATH`."),
        Entry(when: "The YAML cannot be parsed: indentation, quoting, a tab.", example: .syntax("did not find expected key"),
              fix: "Check the indentation and quoting near the line; indent with spaces."),
        Entry(when: "A YAML anchor or alias (`&a`, `*a`).", example: .alias, fix: "Write the value out where it is needed."),
        Entry(when: "A key is written twice in one mapping.", example: .duplicateKey("title"),
              fix: "Keep one of them: YAML would silently use only the last."),
        Entry(when: "More values or deeper nesting than any paper needs.", example: .tooDeep(limit: 64),
              fix: "Check the file is a paper; flatten it."),
        Entry(when: "A table or line far wider than any paper prints.", example: .tooWide(cells: 1000),
              fix: "Split the table."),
        Entry(when: "A key Tabled does not know; the nearest known key is suggested, and a misspelt key a mapping must have is read as that key.",
              example: .unknownKey("captoin", context: "a table"), fix: "Correct the spelling, or remove the key."),
        Entry(when: "A value of the wrong kind: a list where text belongs, a row that does not start with its label.",
              example: .wrongType("sections", expected: "a list", found: "text 'none'"), fix: "Write the value in the form the note shows."),
        Entry(when: "A field the paper, table, row or item must have is not there.", example: .missing("caption", context: "table 'contributions'"),
              fix: "Add it; the note gives an example."),
        Entry(when: "A date that is not an ISO date, or not a real day.", example: .badDate("date", text: "21/03/2006"),
              fix: "Write dates as year-month-day: 2006-03-21."),
        Entry(when: "A value outside its choices: a purpose, a unit, a colour, a tolerance, a total kind, a Schedule 12A paragraph.",
              example: .badChoice("purpose", text: "maybe", choices: ["decision", "discussion", "noting"]), fix: "Use one of the choices listed."),
        Entry(when: "A text that must say something is empty (a column label, a title).", example: .emptyText, fix: "Write the text, or remove the key."),
        Entry(when: "A total row or column does not equal what it adds, beyond rounding; or one printed figure explains several failing sums.",
              example: .totalMismatch(terms: "rows 1–3", expected: Self.printed("539572"), target: "the total row 'Forecast position month 9'",
                                      actual: Self.printed("376961"), difference: Self.printed("-162611")),
              fix: "Correct the figures or the total. Tabled never replaces a printed total."),
        Entry(when: "A formula row, column or figure, or a council tax band, does not hold, beyond rounding.",
              example: .formulaMismatch(terms: "'Band D × 15/9' in row 4 'Catworth'", expected: Self.printed("3391.85"), target: "Band G",
                                        actual: Self.printed("3401.85"), difference: Self.printed("10.00")),
              fix: "Correct the figure, or the formula."),
        Entry(when: "(warning) An identity is off, but within what the rounding of its printed figures allows. A result printed as the correctly rounded value is exact and gives none.",
              example: .roundingDifference(terms: "rows 1–2", expected: Self.printed("3.3"), target: "the total row 'Total'", actual: Self.printed("3.4"),
                                           difference: Self.printed("0.1"), tolerance: Self.printed("0.15")),
              fix: "Print the figures to more places, or accept it: the figures may each have been rounded."),
        Entry(when: "A formula divides by a printed zero.",
              example: .divisionByZero(formula: "actual / budget * 100", target: "the column '%'", divisor: "'budget'"),
              fix: "Print n/a, or leave the cell blank, where the figure divided by is zero."),
        Entry(when: "A value cannot be read as an amount (in a published paper: a warning, and the figure is left out).",
              example: .badValue("2.653abc", .trailingText("abc")), fix: "Write the figure as printed: 1,234 or (820,232) or £2.653m; - for none, ? for illegible."),
        Entry(when: "A unit printed in a value disagrees with its column or row; money meets a percentage or a count.",
              example: .unitMismatch("5%", printed: .percent, column: .millions), fix: "Give the column or row its own unit, or print the figure in the column's unit."),
        Entry(when: "A row has the wrong number of values, a total has nothing to add, a formula names an unknown id, or figures depend on each other in a cycle.",
              example: .wrongCellCount(row: "Tourism", found: 3, expected: 2), fix: "One value per column; quote a label with a comma or a colon."),
        Entry(when: "(note) A table in a published paper could not be checked: no total, formula or balance, or a layout that is not clear.",
              example: .notChecked(table: "Table 2: Reserves", why: .noIdentity),
              fix: "Nothing, if it does not add up by design; else say how with `<!-- tabled: sum -->` or `<!-- tabled: balance -->`."),
        Entry(when: "A paragraph places a table that does not exist.", example: .unknownTable("contributons"), fix: "Correct the table's id."),
        Entry(when: "Two tables, rows, columns or labels share an id.", example: .duplicateID(kind: "table", id: "budget"), fix: "Give each its own id."),
        Entry(when: "(warning) A table is not placed in any section, so it will not be printed.", example: .tableNotPlaced("reserves"),
              fix: "Place it with a paragraph `- table: ID`."),
        Entry(when: "A table is placed twice.", example: .tablePlacedTwice("reserves"), fix: "Place it once; refer to it elsewhere with `{{ref:ID}}`."),
        Entry(when: "An implication the house style requires of the body is missing.", example: .missingImplication("equalities", body: "Cabinet"),
              fix: "Add it under `implications:`, even to say there are none."),
        Entry(when: "(warning) Prose nests deeper than any paper prints (quotes or lists inside each other).", example: .proseTooDeep(limit: 16),
              fix: "Flatten the prose."),
        Entry(when: "(warning) An image or link points at a local file outside the paper's folder; it is left out.", example: .outsideFile("../../secret.png"),
              fix: "Move the file into the paper's folder."),
        Entry(when: "(warning) Printing the PDF, WeasyPrint was asked for a file outside the paper's and the house style's folders, or on the network; it is left out of the PDF.",
              example: .notPrintedInPDF("https://example.org/logo.png"), fix: "Copy the file into the paper's folder and give its path from there."),
        Entry(when: "A `{{ref:}}`, `{{figure:}}` or `{{table:}}` names nothing.", example: .unknownReference(kind: "label", name: "tt"),
              fix: "Correct the name; the note suggests the nearest."),
        Entry(when: "A placeholder Tabled does not know (`{{foo:bar}}`).", example: .badPlaceholder("foo:bar"),
              fix: "Use {{ref:ID}}, {{figure:NAME}} or {{table:TABLE.ROW.COLUMN}}."),
        Entry(when: "(warning) Prose quotes an amount that a named figure now gives differently.",
              example: .staleFigure(printed: "£7.4m", known: "£7.391m", name: "total_contribution"),
              fix: "Quote the figure with {{figure:NAME}}, or correct it."),
        Entry(when: "An appendix file cannot be read.", example: .appendixMissing("annex-1.yaml", reason: "no such file"),
              fix: "Correct the path; appendix files sit beside the report."),
        Entry(when: "An appendix file is outside the report's folder.", example: .appendixOutside("../other/annex.yaml"),
              fix: "Move it into the report's folder."),
        Entry(when: "An appendix file is a whole report, not an annex.", example: .appendixIsReport("annex.yaml"),
              fix: "Write it as `kind: annex` (see input-format.md)."),
        Entry(when: "An agenda's report cannot be read.", example: .reportMissing("reports/budget.yaml", reason: "no such file"),
              fix: "Correct the path, relative to the agenda."),
        Entry(when: "An agenda names a report outside its folder.", example: .reportOutside("../elsewhere/report.yaml"),
              fix: "Move the report into the agenda's folder."),
        Entry(when: "An agenda lists one report twice.", example: .reportTwice("reports/budget.yaml"), fix: "List it once."),
        Entry(when: "An exempt report is in Part I, before `- standard: exclusion`.", example: .exemptInPartOne("reports/contract.yaml"),
              fix: "Move it after the exclusion item."),
        Entry(when: "A report after the exclusion item (Part II) is not exempt.", example: .notExemptInPartTwo("reports/budget.yaml"),
              fix: "Mark it exempt with its Schedule 12A paragraphs, or move it into Part I."),
        Entry(when: "An agenda has two exclusion items.", example: .exclusionTwice, fix: "Keep one: everything after it is Part II."),
        Entry(when: "(warning) Fewer than five clear days between publication and the meeting.",
              example: .shortNotice(published: "2006-03-17", meeting: "2006-03-21", clearDays: 3),
              fix: "Publish earlier, or record the reason for urgency."),
        Entry(when: "A report was written for another meeting (body or date).",
              example: .meetingMismatch(report: "Cabinet, 2006-03-14", agenda: "Cabinet, 2006-03-21"),
              fix: "Correct the report's meeting, or the agenda."),
        Entry(when: "(warning) A key decision fewer than 28 clear days after its forward plan entry was published.",
              example: .keyDecisionShortNotice(published: "2006-03-01", meeting: "2006-03-21", clearDays: 19),
              fix: "Publish the forward plan earlier, or follow the general exception procedure."),
        Entry(when: "A decision names an item that is not on the agenda.", example: .unknownDecisionItem(12, items: 9),
              fix: "Correct the item number."),
        Entry(when: "One item is decided twice.", example: .decidedTwice(5), fix: "Record one decision per item."),
        Entry(when: "A decision notice is published before its meeting.",
              example: .publishedBeforeMeeting(published: "2006-03-20", meeting: "2006-03-21"), fix: "Correct the date."),
        Entry(when: "An exempt item's decision has no public wording.", example: .exemptNeedsPublicDecision(9),
              fix: "Add `public_decision:`, which the public notice prints."),
        Entry(when: "(warning) A report's own `item:` differs from its place on the agenda; the agenda's number is printed.",
              example: .itemNumberDiffers(report: "10", agenda: "5"), fix: "Correct the report's item, or its place on the agenda."),
        Entry(when: "A report to follow in a supplementary agenda has no reason for its lateness.", example: .supplementWithoutReason(1),
              fix: "Add reason: the chair must state why it is late (Local Government Act 1972, s.100B(4)(b))."),
        Entry(when: "supplement: or reason: on an agenda item that is not a report.", example: .supplementNotAReport,
              fix: "Give them on the late report's item: {report: reports/late.yaml, supplement: 1, reason: ...}."),
        Entry(when: "(warning) A late report's file is not there yet: the agenda lists it as to follow, and its supplementary agenda waits for it.",
              example: .supplementNotReady("reports/late.yaml", supplement: 1), fix: "Pack again once the report is written."),
        Entry(when: "A minutes file's first_minute is not a number, or a number and a suffix.", example: .badMinuteNumber("twenty-three"),
              fix: "Write first_minute: 23, or 23/26 to number the minutes 23/26, 24/26 and on."),
        Entry(when: "A minute names an item the agenda does not have.", example: .unknownMinuteItem(12, items: 9),
              fix: "Use the item's number on the agenda."),
        Entry(when: "Two minutes name the same item.", example: .minutedTwice(5), fix: "Minute each item once."),
        Entry(when: "An item for decision (a report whose purpose is decision) has no resolution.",
              example: .resolutionMissing(5, title: "Learning Disability Service Partnership"),
              fix: "Record what was resolved: resolved: [...]; `tabled new minutes` starts from the report's recommendations."),
        Entry(when: "An item taken in private has no public_summary for the public minutes.", example: .privateNeedsSummary(9),
              fix: "Write public_summary: what may be published, in general terms; the rest goes in exempt_minute."),
        Entry(when: "Fewer members are present than the agenda's quorum.", example: .notQuorate(present: 2, quorum: 3),
              fix: "Check who was present (substitutes count), or record that the meeting was inquorate."),
        Entry(when: "(warning) A member who declared a disclosable pecuniary or prejudicial interest in an item is recorded as voting on it.",
              example: .votedWithInterest(member: "Cllr Jim Couchman", item: 5, interest: "a prejudicial interest"),
              fix: "Take the member out of the vote, or correct the declaration."),
        Entry(when: "(warning) A recorded vote names someone not among those present or substituting.",
              example: .voterNotPresent(member: "Cllr Don Seale", item: 5), fix: "Correct the name, or add them to present: or substitutes:."),
        Entry(when: "(warning) A vote's numbers do not add up to the members who could vote (present, less those who declared an interest barring them).",
              example: .votesDoNotAddUp(item: 5, votes: 6, voters: 5), fix: "Check the vote and who was present."),
        Entry(when: "An item for decision has no decision recorded.", example: .decisionMissing(5),
              fix: "Record the decision, or say it was deferred."),
    ]

    static func document() -> String {
        var out = """
        # Diagnostics

        Every error, warning and note Tabled gives, by its stable id. The id is printed in brackets
        after each message and in `check --format json`; the wording may improve, the ids do not
        change. Written from the catalogue in `Sources/TabledModel/DiagnosticCatalogue.swift` by
        `Tests/TabledTests/DiagnosticCatalogueTests.swift`, which fails when they differ.

        Severity: an **error** stops output (exit 1, nothing written); a **warning** is printed and
        output is written (`--fail-if-warnings` is not yet available: check the exit code and the
        count in the summary line); a **note** says what was not checked.

        """
        var seen: [String] = []
        for entry in entries {
            let kind = entry.example
            if !seen.contains(kind.id) {
                seen.append(kind.id)
                out += "\n## `\(kind.id)`\n\n"
            }
            out += "- **\(kind.severity.rawValue)**: \(entry.when)\n"
            out += "  - reads: \u{201C}\(kind.message)\u{201D}\n"
            out += "  - fix: \(entry.fix)\n"
        }
        return out
    }

    @Test func theDocumentIsTheCatalogue() throws {
        let path = TestSupport.root.appendingPathComponent("docs/diagnostics.md")
        let written = Self.document()
        if ProcessInfo.processInfo.environment["TABLED_RECORD"] == "1" {
            try written.write(to: path, atomically: true, encoding: .utf8)
        }
        let recorded = try String(contentsOf: path, encoding: .utf8)
        #expect(recorded == written, "docs/diagnostics.md differs from the catalogue; record it with TABLED_RECORD=1")
    }

    /// Every id the catalogue can give is in the document.
    @Test func everyIdIsDocumented() throws {
        let source = try TestSupport.read("Sources/TabledModel/DiagnosticCatalogue.swift")
        let start = try #require(source.range(of: "public var id: String {"))
        let end = try #require(source.range(of: "public var severity", range: start.upperBound..<source.endIndex))
        let ids = Set(source[start.upperBound..<end.lowerBound].matches(of: #/"([a-z0-9-]+\.[a-z0-9-]+)"/#).map { String($0.output.1) })
        #expect(ids.count >= 50)
        let documented = Set(Self.entries.map(\.example.id))
        #expect(ids.subtracting(documented).isEmpty, "not documented: \(ids.subtracting(documented).sorted())")
    }
}
