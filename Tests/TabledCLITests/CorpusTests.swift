import Foundation
import Testing

/// The broken and hostile inputs in Tests/Corpus: each gives its expected exit code, its
/// first diagnostic with a location, and how many errors and warnings in all, and no command ever ends by a signal or leaves a file.
@Suite struct CorpusTests {
    struct Entry: Sendable, CustomTestStringConvertible {
        var file: String
        var exit: Int32
        var position: String
        var id: String
        /// Errors and warnings in all: one slip, one finding; a file of three independent slips, three.
        var findings: Int
        var testDescription: String { file }
    }

    static let folder = CLI.root.appendingPathComponent("Tests/Corpus")

    static let entries: [Entry] = {
        guard let text = try? String(contentsOf: folder.appendingPathComponent("expected.tsv"), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 5, let exit = Int32(fields[1]), let findings = Int(fields[4]) else { return nil }
            return Entry(file: fields[0], exit: exit, position: fields[2], id: fields[3], findings: findings)
        }
    }()

    @Test func theCorpusHasSixtyBadInputsAtLeast() throws {
        // The loader cannot throw: read the file here so that a missing one fails loudly.
        _ = try String(contentsOf: Self.folder.appendingPathComponent("expected.tsv"), encoding: .utf8)
        #expect(Self.entries.filter { $0.exit != 0 }.count >= 60)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: Self.folder.path)) ?? []
        #expect(Set(files.filter { $0 != "expected.tsv" }) == Set(Self.entries.map(\.file)), "every corpus file has an expectation")
    }

    @Test(arguments: entries)
    func checkGivesTheExpectedVerdict(_ entry: Entry) throws {
        let run = try CLI.run(["check", entry.file], in: Self.folder)
        #expect(!run.crashed, "ended by a signal")
        #expect(run.status == entry.exit, "\(run.stderr)")
        if entry.id != "-" {
            let first = run.stderr.split(separator: "\n").first.map(String.init) ?? ""
            #expect(first.hasPrefix("\(entry.file):\(entry.position): "), "\(first)")
            #expect(first.hasSuffix("[\(entry.id)]"), "\(first)")
        }
        let findings = run.stderr.split(separator: "\n").filter { $0.contains(": error: ") || $0.contains(": warning: ") }
        #expect(findings.count == entry.findings, "\(run.stderr)")
        #expect(!run.stderr.contains("Fatal error") && !run.stderr.contains("Backtrace"))
    }

    @Test(arguments: entries.filter { $0.file.hasSuffix(".yaml") })
    func renderAndPackNeverCrashAndWriteNothingOnError(_ entry: Entry) throws {
        let out = try CLI.temporaryFolder()
        let render = try CLI.run(["render", Self.folder.appendingPathComponent(entry.file).path, "-o", out.path])
        #expect(!render.crashed)
        #expect(render.status == entry.exit, "\(render.stderr)")
        if entry.exit != 0 { #expect(CLI.files(in: out).isEmpty) }
        // Fed to pack as if it were an agenda, it must fail cleanly too: no corpus file is one.
        let pack = try CLI.run(["pack", Self.folder.appendingPathComponent(entry.file).path, "-o", out.appendingPathComponent("packs").path])
        #expect(!pack.crashed)
        #expect(pack.status == 1, "\(pack.stderr)")
    }

    /// Every corpus report that renders also packs, in Part I, as an item of a meeting.
    @Test(arguments: entries.filter { $0.file.hasSuffix(".yaml") && $0.exit == 0 })
    func reportsThatRenderAlsoPack(_ entry: Entry) throws {
        let folder = try CLI.temporaryFolder()
        let source = Self.folder.appendingPathComponent(entry.file)
        try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent("report.yaml"))
        // The agenda is for the meeting the report was written for (a report for another is refused).
        let text = try String(contentsOf: source, encoding: .utf8)
        let meeting = text.firstMatch(of: #/meeting: \{body: ([^,]+), date: (\d{4}-\d{2}-\d{2})/#)
        let body = meeting.map { String($0.output.1) } ?? "Cabinet", date = meeting.map { String($0.output.2) } ?? "2026-03-21"
        try """
            meeting: {body: \(body), date: \(date)}
            items:
              - standard: apologies
              - report: report.yaml
            """.write(to: folder.appendingPathComponent("agenda.yaml"), atomically: true, encoding: .utf8)
        let pack = try CLI.run(["pack", "agenda.yaml", "-o", "out"], in: folder)
        #expect(!pack.crashed)
        #expect(pack.status == 0, "\(pack.stderr)")
        let meetings = CLI.files(in: folder.appendingPathComponent("out"))
        #expect(meetings.count == 1 && meetings.allSatisfy { $0.hasSuffix(date) }, "\(meetings)")
        #expect(meetings.allSatisfy {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/\($0)/public-pack.html").path)
        })
    }

    @Test func aDirectoryIsAUsageErrorForEveryCommand() throws {
        let folder = try CLI.temporaryFolder()
        for command in ["render", "check", "pack"] {
            let run = try CLI.run([command, folder.path])
            #expect(run.status == 2, "\(command)")
            #expect(run.stderr.contains("it is a directory"), "\(command): \(run.stderr)")
        }
    }
}
