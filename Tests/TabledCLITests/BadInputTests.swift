import Foundation
import Testing

/// Broken inputs, one per kind of mistake: each gives a located error, exit 1 and no output.
@Suite struct BadInputTests {
    struct BadInput: CustomTestStringConvertible, Sendable {
        var name: String
        var contents: String
        /// The diagnostic id and the line:column it must be reported at.
        var id: String
        var position: String
        var testDescription: String { name }
    }

    static let good = """
    meeting: {body: Cabinet, date: 2006-03-21}
    title: Paper
    recommendations: {items: [approve it]}
    sections:
      - title: Money
        paragraphs:
          - table: t
    tables:
      - id: t
        caption: Budget
        unit: £m
        columns: [2006/07]
        rows:
          - [A, 1.5]
          - [B, 2.5]
          - {label: Total, total: sum, values: [4.0]}

    """

    static func replacing(_ old: String, _ new: String) -> String {
        precondition(good.contains(old), old)
        return good.replacingOccurrences(of: old, with: new)
    }

    static let cases: [BadInput] = [
        BadInput(name: "unknown key", contents: replacing("title: Paper", "titel: Paper"), id: "input.unknown-key", position: "2:1"),
        BadInput(name: "missing title", contents: replacing("title: Paper\n", ""), id: "input.missing-field", position: "1:1"),
        BadInput(name: "impossible date", contents: replacing("2006-03-21", "2006-02-30"), id: "input.bad-date", position: "1:32"),
        BadInput(name: "wrong type", contents: replacing("sections:\n", "sections: none\nx:\n"), id: "input.wrong-type", position: "4:11"),
        BadInput(name: "duplicate key", contents: good + "title: Again\n", id: "yaml.duplicate-key", position: "2:1"),
        BadInput(name: "unclosed quote", contents: replacing("title: Paper", "title: \"Paper"), id: "yaml.syntax", position: "2:8"),
        BadInput(name: "tab indentation", contents: replacing("  - title: Money", "\t- title: Money"), id: "yaml.syntax", position: "5:1"),
        BadInput(name: "alias", contents: replacing("title: Paper", "title: &t Paper\nfrom: *t"), id: "yaml.alias", position: "2:8"),
        BadInput(name: "amount that almost parses", contents: replacing("[A, 1.5]", "[A, 1.5abc]"), id: "table.bad-value", position: "14:13"),
        BadInput(name: "unit clash", contents: replacing("[A, 1.5]", "[A, \"£1,500\"]"), id: "table.unit-mismatch", position: "14:13"),
        BadInput(name: "wrong number of values", contents: replacing("[B, 2.5]", "[B, 2.5, 3]"), id: "table.shape", position: "15:9"),
        BadInput(name: "total that does not add up", contents: replacing("[4.0]", "[4.5]"), id: "table.total-mismatch", position: "16:45"),
        BadInput(name: "unknown table", contents: replacing("- table: t", "- table: u"), id: "report.unknown-table", position: "7:16"),
        BadInput(name: "unknown reference", contents: replacing("[approve it]", "[\"approve {{ref:nowhere}}\"]"), id: "ref.unknown", position: "3:36"),
        BadInput(name: "empty file", contents: "", id: "input.empty", position: "1:1"),
        BadInput(name: "a list, not a report", contents: "- a\n- b\n", id: "input.wrong-type", position: "1:1"),
    ]

    @Test(arguments: cases)
    func givesALocatedErrorAndWritesNothing(_ input: BadInput) throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("paper.yaml")
        try input.contents.write(to: file, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let run = try CLI.run(["render", "paper.yaml", "-o", out.path], in: folder)
        #expect(run.status == 1)
        #expect(!run.crashed)
        #expect(run.stderr.contains("paper.yaml:\(input.position): error: "), "\(run.stderr)")
        #expect(run.stderr.contains("[\(input.id)]"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path) || CLI.files(in: out).isEmpty)
        #expect(!run.stderr.contains("Fatal error") && !run.stderr.contains("Backtrace"))
    }

    @Test func theGoodFileRenders() throws {
        let folder = try CLI.temporaryFolder()
        try Self.good.write(to: folder.appendingPathComponent("paper.yaml"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["render", "paper.yaml"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test(arguments: [
        ("not UTF-8", Data([0x74, 0x69, 0x74, 0x6C, 0x65, 0x3A, 0x20, 0xFF, 0xFE, 0x0A])),
        ("binary", Data([0x00, 0x01, 0x02, 0x03, 0x89, 0x50, 0x4E, 0x47])),
    ])
    func unreadableBytesAreAnInputError(_ name: String, _ bytes: Data) throws {
        let folder = try CLI.temporaryFolder()
        try bytes.write(to: folder.appendingPathComponent("paper.yaml"))
        let run = try CLI.run(["render", "paper.yaml"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("paper.yaml:1:1: error: "))
        #expect(run.stderr.contains("[input.encoding]"))
        #expect(CLI.files(in: folder) == ["paper.yaml"])
    }

    @Test func windowsLineEndingsAndAByteOrderMarkWork() throws {
        let folder = try CLI.temporaryFolder()
        let text = "\u{FEFF}" + Self.good.replacingOccurrences(of: "\n", with: "\r\n")
        try text.write(to: folder.appendingPathComponent("paper.yaml"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["render", "paper.yaml"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
    }
}
