import Foundation
import Testing

/// The command line as people expect it, beside pandoc, cargo and git: diagnostics with the
/// line and a caret, colour only when asked or on a terminal, --quiet, --fail-if-warnings,
/// `tabled version`, a mistyped command named back. Each a real run: stdout, stderr, exit code.
@Suite struct ConventionTests {
    static let corpus = CLI.root.appendingPathComponent("Tests/Corpus")
    static let monitor = CLI.root.appendingPathComponent("Examples/bathnes-2005-capital-monitor/appendix-3.yaml").path

    @Test func anErrorShowsItsLineAndACaretUnderTheFault() throws {
        let run = try CLI.run(["check", "three-independent-slips.yaml"], in: Self.corpus)
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let at = try #require(lines.firstIndex { $0.hasPrefix("three-independent-slips.yaml:7:26: error: ") })
        #expect(lines[at + 1] == " 7 |       - Some prose about {{ref:tt}}.")
        #expect(lines[at + 2] == "   |                          ^")
        // Output that is not a terminal gets no colour; --color always gets it.
        #expect(!run.stderr.contains("\u{1B}["))
        let coloured = try CLI.run(["check", "--color", "always", "three-independent-slips.yaml"], in: Self.corpus)
        #expect(coloured.stderr.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        let bad = try CLI.run(["check", "--color=purple", "three-independent-slips.yaml"], in: Self.corpus)
        #expect(bad.status == 2 && bad.stderr == "tabled: error: --color takes auto, always or never\n")
    }

    @Test func quietPrintsErrorsOnly() throws {
        let run = try CLI.run(["check", "--quiet", Self.monitor])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty && run.stderr.isEmpty, "\(run.stdout)\(run.stderr)")
        let errors = try CLI.run(["check", "-q", "three-independent-slips.yaml"], in: Self.corpus)
        #expect(errors.status == 1 && errors.stdout.isEmpty)
        #expect(errors.stderr.split(separator: "\n").filter { $0.contains(": error: ") }.count == 3)
    }

    @Test func failIfWarningsTreatsWarningsAsErrorsAndWritesNothing() throws {
        let out = try CLI.temporaryFolder()
        let render = try CLI.run(["render", "--fail-if-warnings", Self.monitor, "-o", out.path])
        #expect(render.status == 1)
        #expect(render.stderr.contains("--fail-if-warnings counts the warnings above as errors; nothing was written"), "\(render.stderr)")
        #expect(CLI.files(in: out).isEmpty)
        #expect(try CLI.run(["check", "--fail-if-warnings", Self.monitor]).status == 1)
        #expect(try CLI.run(["check", Self.monitor]).status == 0)
    }

    @Test func versionAndAMistypedCommand() throws {
        for arguments in [["version"], ["-V"], ["--version"]] {
            let run = try CLI.run(arguments)
            #expect(run.status == 0 && run.stdout == "0.1.0\n", "\(arguments)")
        }
        let typo = try CLI.run(["rendr", "paper.yaml"])
        #expect(typo.status == 2)
        #expect(typo.stderr == "tabled: error: 'rendr' is not a tabled command; did you mean 'render'? (tabled --help lists them)\n")
    }

    static let paper = CLI.root.appendingPathComponent("Examples/oxfordshire-2006-learning-disability/report.yaml").path

    @Test func renderSaysWhatItWroteAndOneFileNameWritesThatFile() throws {
        let folder = try CLI.temporaryFolder()
        let run = try CLI.run(["render", Self.paper, "-o", "out"], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout == "wrote out/report.html\nwrote out/report.txt\n")
        let one = try CLI.run(["render", Self.paper, "-o", "minutes/paper.md"], in: folder)
        #expect(one.status == 0 && one.stdout == "wrote minutes/paper.md\n", "\(one.stdout)\(one.stderr)")
        #expect(CLI.files(in: folder.appendingPathComponent("minutes")) == ["paper.md"])
        #expect(try CLI.run(["render", "--quiet", Self.paper, "-o", "out"], in: folder).stdout.isEmpty)
    }

    @Test func standardInputAndStandardOutput() throws {
        let folder = try CLI.temporaryFolder()
        try FileManager.default.copyItem(atPath: Self.paper, toPath: folder.appendingPathComponent("report.yaml").path)
        // The paper on standard input, through a shell as a user pipes it.
        let piped = try CLI.run(["-c", "\(CLI.binary) render - --format text -o - < report.yaml"], in: folder, executable: "sh")
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout.hasPrefix("Cabinet\nTuesday 21 March 2006\n"), "\(piped.stdout.prefix(80))")
        #expect(CLI.files(in: folder) == ["report.yaml"], "nothing written beside it")
        let checked = try CLI.run(["-c", "\(CLI.binary) check - < report.yaml"], in: folder, executable: "sh")
        #expect(checked.status == 0 && checked.stdout.hasPrefix("-: 1 table, 1 checked"), "\(checked.stdout)")
        let twoFormats = try CLI.run(["render", Self.paper, "-o", "-"])
        #expect(twoFormats.status == 2 && twoFormats.stderr.contains("-o - writes one format to standard output"))
    }

    /// A decision record is checked as a decision record, not as a report with five wrong errors.
    @Test func checkKnowsADecisionRecord() throws {
        let record = CLI.root.appendingPathComponent("Examples/cabinet-decisions.yaml").path
        let run = try CLI.run(["check", record])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        #expect(run.stdout == "\(record): decision record, call-in deadline 5pm on Wednesday 29 March 2006, 0 errors, 0 warnings\n")
    }

    /// A report started for an agenda is for that meeting and on its items: it packs as it is.
    @Test func aReportStartedForAnAgendaPacksAsItIs() throws {
        let folder = try CLI.temporaryFolder()
        #expect(try CLI.run(["new", "agenda", "agenda.yaml"], in: folder).status == 0)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("reports"), withIntermediateDirectories: true)
        let report = try CLI.run(["new", "report", "reports/grant.yaml", "--agenda", "agenda.yaml"], in: folder)
        #expect(report.status == 0, "\(report.stderr)")
        let agenda = try String(contentsOf: folder.appendingPathComponent("agenda.yaml"), encoding: .utf8)
        #expect(agenda.contains("\n  - report: reports/grant.yaml\n"))
        #expect(agenda.contains("# - standard: exclusion"), "the agenda's comments are kept")
        let pack = try CLI.run(["pack", "agenda.yaml", "-o", "out"], in: folder)
        #expect(pack.status == 0, "\(pack.stderr)")
        let misuse = try CLI.run(["new", "agenda", "other.yaml", "--agenda", "agenda.yaml"], in: folder)
        #expect(misuse.status == 2 && CLI.files(in: folder).contains("other.yaml") == false)
    }
}
