import Foundation
import Testing

/// The third red-team pass, as command tests: exempt content only under names that say
/// confidential, Part II items that are not reports, words from hostile files that would
/// drive the terminal, a figure's own unit.
@Suite struct ExemptAndHostileTests {
    static let canary = "CANARY-7731"

    /// An exempt paper's review page shows its tables: it is named and marked confidential.
    @Test func aReviewPageOfExemptContentIsConfidential() throws {
        let out = try CLI.temporaryFolder()
        let exempt = CLI.root.appendingPathComponent("Examples/confidential-leisure-contract/report.yaml").path
        let run = try CLI.run(["check", "--format", "html", "-o", out.path, exempt])
        #expect(run.status == 0, "\(run.stderr)")
        let pages = CLI.files(in: out)
        #expect(pages == ["report-confidential.review.html"], "\(pages)")
        let page = try String(contentsOf: out.appendingPathComponent(pages[0]), encoding: .utf8)
        #expect(page.contains("NOT FOR PUBLICATION"))
    }

    /// A Part II item written out in the agenda would print its text in the public pack.
    @Test func textInPartTwoIsRefusedAndItsDecisionIsPublicOnlyInGeneralTerms() throws {
        let folder = try CLI.temporaryFolder()
        try """
            meeting: {body: Cabinet, date: 2026-03-21}
            items:
              - standard: apologies
              - standard: exclusion
              - {title: Land disposal, text: "The price is \(Self.canary)."}
            """.write(to: folder.appendingPathComponent("agenda.yaml"), atomically: true, encoding: .utf8)
        let pack = try CLI.run(["pack", "agenda.yaml", "-o", "out"], in: folder)
        #expect(pack.status == 1)
        #expect(pack.stderr.contains("agenda.yaml:5:34: error: the item 'Land disposal' is in Part II"), "\(pack.stderr)")
        #expect(pack.stderr.contains("[agenda.not-exempt-in-part-two]"))
        #expect(CLI.files(in: folder.appendingPathComponent("out")).isEmpty)

        try """
            meeting: {body: Cabinet, date: 2026-03-21}
            items:
              - standard: apologies
              - standard: exclusion
              - {title: Land disposal}
            """.write(to: folder.appendingPathComponent("agenda.yaml"), atomically: true, encoding: .utf8)
        try """
            agenda: agenda.yaml
            published: 2026-03-22
            decisions:
              - {item: 3, decision: "Sold for \(Self.canary)."}
            """.write(to: folder.appendingPathComponent("decisions.yaml"), atomically: true, encoding: .utf8)
        let refused = try CLI.run(["decisions", "decisions.yaml", "-o", "notice"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("[decisions.exempt-needs-public-decision]"), "\(refused.stderr)")
        try """
            agenda: agenda.yaml
            published: 2026-03-22
            decisions:
              - {item: 3, decision: "Sold for \(Self.canary).", public_decision: Agreed to sell the land.}
            """.write(to: folder.appendingPathComponent("decisions.yaml"), atomically: true, encoding: .utf8)
        let notice = try CLI.run(["decisions", "decisions.yaml", "-o", "notice", "--format", "html,text"], in: folder)
        #expect(notice.status == 0, "\(notice.stderr)")
        for file in CLI.files(in: folder.appendingPathComponent("notice")) where !file.contains("confidential") {
            let text = try String(contentsOf: folder.appendingPathComponent("notice/\(file)"), encoding: .utf8)
            #expect(!text.contains(Self.canary), "\(file)")
            #expect(text.contains("Agreed to sell the land."), "\(file)")
        }
    }

    /// Escape sequences quoted from a paper are shown, never sent to the terminal.
    @Test func controlCharactersInAPaperNeverReachTheTerminal() throws {
        let folder = try CLI.temporaryFolder()
        let label = "Pay \u{1B}]0;owned\u{07}\u{1B}[2J"
        try """
            | Item | £000 |
            |---|--:|
            | \(label) | 10 |
            | Other | 5 |
            | Total | 99 |
            """.write(to: folder.appendingPathComponent("paper.md"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["check", "paper.md"], in: folder)
        #expect(run.status == 1)
        #expect(!run.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(run.stderr.debugDescription)")
        #expect(run.stderr.contains("\\u{1B}]0;owned\\u{7}\\u{1B}[2J"), "\(run.stderr)")
    }

    /// A unit printed in a figure's value is its own: converted, or refused; never dropped.
    @Test func aFiguresOwnUnitIsNeverDropped() throws {
        let folder = try CLI.temporaryFolder()
        let rendered = try CLI.run(["render", CLI.root.appendingPathComponent("Tests/Corpus/figure-unit-millions.yaml").path,
                                    "--format", "text", "-o", folder.path])
        #expect(rendered.status == 0, "\(rendered.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("figure-unit-millions.txt"), encoding: .utf8)
        #expect(text.contains("£5,000,000") && !text.contains("£5 "), "\(text)")
    }

    /// A header of one 20,000-letter word is cut to the line, so a long label's wrapped lines
    /// are not each 20,000 characters wide (which made layout quadratic in the label).
    @Test func aVeryLongWordInATableIsCutToTheLine() throws {
        let word = String(repeating: "x", count: 20_000)
        let folder = try CLI.temporaryFolder()
        try BadInputTests.good.replacingOccurrences(of: "columns: [2006/07]", with: "columns: [\"\(word)\"]")
            .replacingOccurrences(of: "- [A, 1.5]", with: "- [\"\(word)\", 1.5]")
            .write(to: folder.appendingPathComponent("long.yaml"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["render", "long.yaml", "--format", "text", "-o", "out"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("out/long.txt"), encoding: .utf8)
        #expect(text.split(separator: "\n").map(\.count).max() ?? 0 <= 100)
        #expect(text.filter { $0 == "x" }.count == 40_000, "every letter is still printed")
    }
}
