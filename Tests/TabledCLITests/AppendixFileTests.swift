import Foundation
import Testing

/// `appendices: [{title: ..., file: annex-1.yaml}]`: the file is read and checked with the
/// report, by `render` and by `check`; a missing file, one outside the report's folder, or
/// one whose tables do not add up stops the paper, located where it is written.
@Suite struct AppendixFileTests {
    static let report = """
        meeting: {body: Cabinet, date: 2026-03-21}
        title: Capital monitoring
        recommendations: {items: [note the position]}
        sections:
          - title: Programme
            paragraphs:
              - The costs are in the annex.
        appendices:
          - {title: Costs, file: FILE}

        """

    static func annex(total: Int) -> String {
        """
        kind: annex
        label: Annex 1
        title: Costs
        sections:
          - title: Costs
            paragraphs:
              - table: t
        tables:
          - id: t
            caption: Costs
            unit: £
            columns: [2026/27]
            rows:
              - [A, 1]
              - [B, 2]
              - {label: Total, total: sum, values: [\(total)]}

        """
    }

    /// A folder holding report.yaml naming `file`, and annex-1.yaml if `annex` is given.
    static func paper(file: String, annex: String?) throws -> URL {
        let folder = try CLI.temporaryFolder()
        try Data(report.replacingOccurrences(of: "FILE", with: file).utf8).write(to: folder.appendingPathComponent("report.yaml"))
        if let annex { try Data(annex.utf8).write(to: folder.appendingPathComponent("annex-1.yaml")) }
        return folder
    }

    @Test func aGoodAppendixFileLetsThePaperRender() throws {
        let folder = try Self.paper(file: "annex-1.yaml", annex: Self.annex(total: 3))
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["render", folder.appendingPathComponent("report.yaml").path, "-o", folder.appendingPathComponent("out").path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/report.html").path))
    }

    @Test func anAppendixThatDoesNotAddUpStopsThePaper() throws {
        let folder = try Self.paper(file: "annex-1.yaml", annex: Self.annex(total: 9))
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let run = try CLI.run(["render", folder.appendingPathComponent("report.yaml").path, "-o", out.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("annex-1.yaml:16:45: error: rows 1–2 sum to 3, but the total row 'Total' says 9"), "\(run.stderr)")
        #expect(run.stderr.contains("not rendered"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path), "nothing is written")
        let check = try CLI.run(["check", folder.appendingPathComponent("report.yaml").path])
        #expect(check.status == 1)
        #expect(check.stderr.contains("[table.total-mismatch]"), "\(check.stderr)")
    }

    @Test(arguments: [
        ("annex-1.yaml", "report.yaml:9:26: error: the appendix file 'annex-1.yaml' cannot be read: no such file [appendix.missing-file]"),
        ("../annex-1.yaml", "report.yaml:9:26: error: the appendix file '../annex-1.yaml' is outside the report's folder"),
        ("/etc/passwd", "report.yaml:9:26: error: the appendix file '/etc/passwd' is outside the report's folder"),
    ])
    func aMissingOrOutsideAppendixFileIsALocatedError(_ file: String, _ expected: String) throws {
        let folder = try Self.paper(file: file, annex: nil)
        defer { try? FileManager.default.removeItem(at: folder) }
        for command in [["check"], ["render", "-o", folder.appendingPathComponent("out").path]] {
            let run = try CLI.run(command + [folder.appendingPathComponent("report.yaml").path])
            #expect(run.status == 1, "\(command): \(run.stderr)")
            #expect(run.stderr.contains(expected), "\(command): \(run.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }
}
