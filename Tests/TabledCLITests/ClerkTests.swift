import Foundation
import Testing

/// After the meeting, as a clerk works: the decision notice with its call-in deadline, the
/// forward plan, a full front sheet, and meeting checks that stop a report going astray.
@Suite struct ClerkTests {
    static let examples = CLI.root.appendingPathComponent("Examples")

    @Test func theExamplesDecisionNoticeHasItsCallInDeadline() throws {
        let out = try CLI.temporaryFolder()
        let run = try CLI.run(["decisions", Self.examples.appendingPathComponent("cabinet-decisions.yaml").path, "--format", "html,text,pdf,docx",
                               "-o", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(CLI.files(in: out) == ["cabinet-2006-03-21-decisions.docx", "cabinet-2006-03-21-decisions.html",
                                       "cabinet-2006-03-21-decisions.json", "cabinet-2006-03-21-decisions.pdf",
                                       "cabinet-2006-03-21-decisions.txt"])
        let json = try CLI.run([CLI.root.appendingPathComponent("scripts/open-data.py").path, out.path], executable: "python3")
        #expect(json.status == 0, "\(json.stderr)")
        let text = try String(contentsOf: out.appendingPathComponent("cabinet-2006-03-21-decisions.txt"), encoding: .utf8)
        #expect(text.replacingOccurrences(of: "\n", with: " ").contains("Published Wednesday 22 March 2006. Call-in deadline: 5pm on Wednesday 29 March 2006."))
        #expect(text.contains("5. Learning Disability Service Partnership"))
        #expect(text.contains("Alternative options considered and rejected"))
        let pdf = try CLI.pdfText(out.appendingPathComponent("cabinet-2006-03-21-decisions.pdf").path)
        #expect(pdf.contains("5pm on Wednesday 29 March 2006"))
        let agendas = ["cabinet-agenda.yaml", "brent-executive-agenda.yaml", "birmingham-cabinet-agenda.yaml"].map {
            Self.examples.appendingPathComponent($0).path
        }
        let plan = try CLI.run(["forward-plan"] + agendas + ["--format", "html,pdf", "--published", "2006-02-17", "-o", out.path])
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(try CLI.pdfText(out.appendingPathComponent("forward-plan.pdf").path).contains("Award of the Leisure Centres Management Contract"))
    }

    @Test func noticesSayEachFileTheyWroteAndNothingUnderQuiet() throws {
        let folder = try meeting(decisions: "decisions:\n  - {item: 2, decision: Approved.}\n")
        let run = try CLI.run(["decisions", "decisions.yaml", "-o", "out"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("wrote out/cabinet-2026-12-15-decisions.html\nwrote out/cabinet-2026-12-15-decisions.txt\n"
                                     + "wrote out/cabinet-2026-12-15-decisions.json\n"), "\(run.stdout)")
        let plan = try CLI.run(["forward-plan", "agenda.yaml", "-o", "plan"], in: folder)
        #expect(plan.stdout.contains("wrote plan/forward-plan.html\n"), "\(plan.stdout)")
        let quiet = try CLI.run(["decisions", "--quiet", "decisions.yaml", "-o", "out"], in: folder)
        #expect(quiet.status == 0 && quiet.stdout.isEmpty, "\(quiet.stdout)")
    }

    /// The issue's own example: published on Wednesday 23 December 2026, call-in ends on Monday 4 January 2027.
    @Test func callInSkipsChristmasAndNewYear() throws {
        let folder = try meeting(decisions: "published: 2026-12-23\ndecisions:\n  - {item: 2, decision: Approved.}\n")
        let run = try CLI.run(["decisions", "decisions.yaml", "-o", "out"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("call-in deadline 5pm on Monday 4 January 2027"))
    }

    @Test(arguments: [
        ("decisions:\n  - {item: 7, decision: Approved.}\n", "decisions.yaml:3:12: error: there is no item 7 on the agenda, which has 3 items [decisions.unknown-item]"),
        ("decisions:\n  - {item: 2, decision: A.}\n  - {item: 2, decision: B.}\n", "decisions.yaml:4:12: error: item 2 is decided twice [decisions.decided-twice]"),
        ("published: 2026-12-01\ndecisions:\n  - {item: 2, decision: A.}\n",
         "decisions.yaml:2:12: error: the notice is published on 1 December 2026, before the meeting on 15 December 2026 [decisions.published-early]"),
        ("decisions:\n  - {item: 3, decision: Secret terms.}\n",
         "decisions.yaml:3:5: error: item 3 is exempt, so the notice prints only public_decision"),
        ("decisions:\n  - {item: 2}\n", "decisions.yaml:3:5: error: item 2 has no decision [decisions.missing-decision]"),
    ])
    func mistakesInADecisionsFileAreLocated(_ decisions: String, _ message: String) throws {
        let folder = try meeting(decisions: decisions)
        let run = try CLI.run(["decisions", "decisions.yaml", "-o", "out"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path), "nothing is written")
    }

    /// Not one byte of an exempt report, nor of an exempt item's own decision, reaches a notice.
    @Test func noExemptContentReachesADecisionNoticeOrTheForwardPlan() throws {
        let canary = PackCommandTests.canary
        let folder = try meeting(decisions: """
            decisions:
              - {item: 2, decision: Approved the grants.}
              - {item: 3, decision: "\(canary) terms.", public_decision: Awarded the contract., interests: None declared.}

            """)
        let notice = try CLI.run(["decisions", "decisions.yaml", "--format", "html,text,docx", "-o", "out"], in: folder)
        #expect(notice.status == 0, "\(notice.stderr)")
        let plan = try CLI.run(["forward-plan", "agenda.yaml", "--format", "html,text,docx", "-o", "out"], in: folder)
        #expect(plan.status == 0, "\(plan.stderr)")
        for file in CLI.files(in: folder.appendingPathComponent("out")) {
            let data = try Data(contentsOf: folder.appendingPathComponent("out/\(file)"))
            let text = file.hasSuffix(".docx") ? try docxText(folder.appendingPathComponent("out/\(file)")) : String(decoding: data, as: UTF8.self)
            #expect(!text.contains(canary), "\(file) leaks exempt content")
            #expect(text.contains("Award of a Contract"), "\(file) names the exempt item by its title")
        }
    }

    @Test func aReportWrittenForAnotherMeetingIsRefusedNamingBoth() throws {
        let folder = try CLI.temporaryFolder()
        try """
            meeting: {body: Budget Scrutiny Committee, date: 2008-07-02}
            title: Budget monitoring
            recommendations: {items: [note it]}
            """.write(to: folder.appendingPathComponent("report.yaml"), atomically: true, encoding: .utf8)
        try "meeting: {body: Council Executive, date: 2004-12-01}\nitems:\n  - report: report.yaml\n"
            .write(to: folder.appendingPathComponent("agenda.yaml"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["pack", "agenda.yaml", "-o", "out"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("report.yaml:1:17: error: the report is written for Budget Scrutiny Committee, 2 July 2008, "
                                    + "but this agenda is for Council Executive, 1 December 2004 [agenda.meeting-mismatch]"), "\(run.stderr)")
        #expect(run.stderr.contains("agenda.yaml:1:17: note: the agenda's meeting is here"))
    }

    @Test func aKeyDecisionOnShortNoticeIsAWarningNamingTheDates() throws {
        let folder = try CLI.temporaryFolder()
        try """
            meeting: {body: Cabinet, date: 2026-12-15}
            title: Bus lanes
            key_decision: {forward_plan: FP/2026/040, published: 2026-12-01}
            recommendations: {items: [approve it]}
            """.write(to: folder.appendingPathComponent("report.yaml"), atomically: true, encoding: .utf8)
        try "meeting: {body: Cabinet, date: 2026-12-15}\nitems:\n  - report: report.yaml\n"
            .write(to: folder.appendingPathComponent("agenda.yaml"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["pack", "agenda.yaml", "-o", "out"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("warning: this key decision is in the forward plan published on 1 December 2026, only 13 clear days "
                                    + "before the meeting on 15 December 2026; a key decision needs 28 [forward-plan.short-notice]"), "\(run.stderr)")
    }

    @Test func theFrontSheetHasWhatEveryPublishedOneCarries() throws {
        let out = try CLI.temporaryFolder()
        let run = try CLI.run(["pack", Self.examples.appendingPathComponent("cabinet-agenda.yaml").path, "-o", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        let sheet = try String(contentsOf: out.appendingPathComponent("cabinet-2006-03-21/agenda.txt"), encoding: .utf8)
        for words in ["Cllr Keith Mitchell, Conservative (Leader of the Council and Chair)", "Substitute members",
                      "Cllr Ann Bonner, Liberal Democrat", "Quorum: 3", "Sue Whitehead, Committee Officer", "01865", "may be recorded",
                      "large print", "Part I: items in public", "Part II: not for publication"] {
            #expect(sheet.contains(words), "the front sheet lacks '\(words)'")
        }
    }

    @Test func newDecisionsFromAnAgendaListsItsReports() throws {
        let folder = try meeting(decisions: "decisions: []\n")
        let run = try CLI.run(["new", "decisions", "new.yaml", "--agenda", "agenda.yaml"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("new.yaml"), encoding: .utf8)
        #expect(text.contains("agenda: agenda.yaml"))
        #expect(text.contains("- item: 2             # Transport Grants"))
        #expect(text.contains("- item: 3             # Award of a Contract"))
        #expect(text.contains("public_decision"))
    }

    /// A folder with PackCommandTests' public and exempt reports on an agenda, and a decisions file.
    func meeting(decisions: String) throws -> URL {
        let folder = try CLI.temporaryFolder()
        let reports = folder.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        try PackCommandTests.publicReport.write(to: reports.appendingPathComponent("public.yaml"), atomically: true, encoding: .utf8)
        try PackCommandTests.exemptReport.write(to: reports.appendingPathComponent("exempt.yaml"), atomically: true, encoding: .utf8)
        try """
            meeting: {body: Cabinet, date: 2026-12-15}
            items:
              - standard: apologies
              - report: reports/public.yaml
              - report: reports/exempt.yaml
            """.write(to: folder.appendingPathComponent("agenda.yaml"), atomically: true, encoding: .utf8)
        try ("agenda: agenda.yaml\n" + decisions).write(to: folder.appendingPathComponent("decisions.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    /// A Word document's words, read with python's zipfile (no test dependency needed).
    func docxText(_ file: URL) throws -> String {
        try CLI.run(["-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(''.join(z.read(n).decode() for n in z.namelist()))",
                     file.path], executable: "python3").stdout
    }
}
