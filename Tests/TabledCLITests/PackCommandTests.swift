import Foundation
import Testing

/// `tabled pack`, as a clerk uses it: packs, Part II, batches, atomic replacement.
@Suite struct PackCommandTests {
    static let canary = "CANARY7Q"

    /// An exempt report with the canary in every field but its title and its exempt notice.
    static let exemptReport = """
    meeting: {body: Cabinet, date: 2026-12-15, item: \(canary)-item, reference: \(canary)-ref}
    title: Award of a Contract
    from: \(canary) Director
    wards: [\(canary) Ward]
    key_decision: {forward_plan: FP/\(canary)}
    exempt: {paragraphs: [3], reason: Commercially sensitive prices.}
    purpose: decision
    summary: \(canary) summary.
    recommendations:
      lead: \(canary) lead
      items:
        - {id: award, text: \(canary) recommendation.}
    sections:
      - title: \(canary) section
        paragraphs:
          - {id: p, text: "\(canary) paragraph, {{figure:fee}}."}
          - table: bids
    implications:
      legal: \(canary) legal.
    figures:
      fee: {value: 1185000, unit: £}
    tables:
      - id: bids
        caption: \(canary) caption
        unit: £
        label: \(canary) label
        columns: [\(canary) column]
        rows:
          - [\(canary) row, 1185000]
          - {label: \(canary) total, total: sum, values: [1185000]}
        note: \(canary) note.
    contacts:
      - {name: \(canary) Officer, role: \(canary) role, phone: \(canary) phone, email: \(canary)@example.org}
    background_papers: [\(canary) paper]
    appendices:
      - {title: \(canary) appendix}
    signed: {name: \(canary) Signatory, role: \(canary) role}
    """

    static let publicReport = """
    meeting: {body: Cabinet, date: 2026-12-15}
    title: Transport Grants
    from: Director for Communities
    recommendations: {items: [approve the grants.]}
    sections:
      - title: Background
        paragraphs: [Some background.]
    """

    static func agenda(date: String = "2026-12-15", published: String = "2026-12-07", items: String) -> String {
        """
        meeting: {body: Cabinet, date: \(date), time: "14:00", venue: County Hall}
        published: \(published)
        members: [Cllr A. Member]
        items:
          - standard: apologies
        \(items)
        """
    }

    /// A folder with reports/public.yaml, reports/exempt.yaml and an agenda.
    func meeting(items: String = "  - report: reports/public.yaml\n  - standard: exclusion\n  - report: reports/exempt.yaml",
                 date: String = "2026-12-15", published: String = "2026-12-07", name: String = "agenda.yaml") throws -> URL {
        let folder = try CLI.temporaryFolder()
        let reports = folder.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        try Self.publicReport.write(to: reports.appendingPathComponent("public.yaml"), atomically: true, encoding: .utf8)
        try Self.exemptReport.write(to: reports.appendingPathComponent("exempt.yaml"), atomically: true, encoding: .utf8)
        try Self.agenda(date: date, published: published, items: items)
            .write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        return folder
    }

    /// Every file below a folder, as paths relative to it.
    func tree(_ folder: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files.append(path) }
        }
        return files.sorted()
    }

    @Test func writesTheFrontSheetReportsAndBothPacks() throws {
        let folder = try meeting()
        let run = try CLI.run(["pack", "agenda.yaml", "-o", "out"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(tree(folder.appendingPathComponent("out")) == [
            "cabinet-2026-12-15/agenda.html", "cabinet-2026-12-15/agenda.txt",
            "cabinet-2026-12-15/confidential/04-award-of-a-contract.html",
            "cabinet-2026-12-15/confidential/04-award-of-a-contract.txt",
            "cabinet-2026-12-15/confidential/confidential-pack.html",
            "cabinet-2026-12-15/items/02-transport-grants.html", "cabinet-2026-12-15/items/02-transport-grants.txt",
            "cabinet-2026-12-15/meeting.ics", "cabinet-2026-12-15/meeting.json", "cabinet-2026-12-15/public-pack.html",
        ])
        // One warning: the exempt report calls itself by another item number than the agenda's.
        #expect(run.stdout.contains("Cabinet, 15 December 2026      4       0         1             10  out/cabinet-2026-12-15"), "\(run.stdout)")
        let item = try String(contentsOf: folder.appendingPathComponent("out/cabinet-2026-12-15/items/02-transport-grants.txt"), encoding: .utf8)
        #expect(item.contains("Item 2"), "a report takes its number from the agenda")
    }

    /// Not one byte of an exempt report beyond its title and notice reaches a public file.
    @Test func noExemptContentReachesAnyPublicFile() throws {
        let folder = try meeting()
        #expect(try CLI.run(["pack", "agenda.yaml", "-o", "out"], in: folder).status == 0)
        let out = folder.appendingPathComponent("out")
        var confidentialFiles = 0
        for path in tree(out) {
            let contents = try String(contentsOf: out.appendingPathComponent(path), encoding: .utf8)
            if path.contains("confidential") {
                #expect(contents.contains(Self.canary), "\(path) is named confidential but holds nothing exempt")
                confidentialFiles += 1
            } else {
                #expect(!contents.contains(Self.canary), "\(path) leaks exempt content")
                #expect(!contents.contains("1,185,000"), "\(path) leaks an exempt figure")
            }
        }
        #expect(confidentialFiles == 3)
        let publicPack = try String(contentsOf: out.appendingPathComponent("cabinet-2026-12-15/public-pack.html"), encoding: .utf8)
        #expect(publicPack.contains("Award of a Contract"))
        #expect(publicPack.contains("exempt information under paragraph 3 of Part 1 of Schedule 12A"))
        let agenda = try String(contentsOf: out.appendingPathComponent("cabinet-2026-12-15/agenda.html"), encoding: .utf8)
        #expect(agenda.contains("as defined in paragraph 3 of Part 1 of"), "the exclusion names the paragraphs of what follows")
    }

    @Test func anExemptReportInPartOneIsAnError() throws {
        let folder = try meeting(items: "  - report: reports/exempt.yaml\n  - standard: exclusion")
        let run = try CLI.run(["pack", "agenda.yaml", "-o", "out"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("agenda.yaml:6:13: error: the report 'reports/exempt.yaml' is exempt, but it is in Part I"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test func aPublicReportInPartTwoIsAnError() throws {
        let folder = try meeting(items: "  - standard: exclusion\n  - report: reports/public.yaml")
        let run = try CLI.run(["pack", "agenda.yaml", "-o", "out"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("[agenda.not-exempt-in-part-two]"))
    }

    @Test(arguments: [
        ("  - report: ../outside.yaml", "agenda.report-outside"),
        ("  - report: /etc/passwd", "agenda.report-outside"),
        ("  - report: reports/missing.yaml", "agenda.report-missing"),
        ("  - report: reports/public.yaml\n  - report: reports/./public.yaml", "agenda.report-twice"),
    ])
    func badReportPathsAreErrors(_ items: String, _ id: String) throws {
        let folder = try meeting(items: items)
        let run = try CLI.run(["pack", "agenda.yaml", "-o", "out"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("[\(id)]"), "\(run.stderr)")
        #expect(run.stderr.contains("agenda.yaml:"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test func aLinkOutOfTheAgendasFolderIsRefused() throws {
        let folder = try meeting(items: "  - report: reports/link.yaml")
        let outside = try CLI.temporaryFolder().appendingPathComponent("secret.yaml")
        try Self.publicReport.write(to: outside, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("reports/link.yaml"), withDestinationURL: outside)
        let run = try CLI.run(["pack", "agenda.yaml", "-o", "out"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("[agenda.report-outside]"))
    }

    @Test func shortNoticeIsAWarningNamingTheDates() throws {
        let folder = try meeting(published: "2026-12-11")
        let run = try CLI.run(["pack", "agenda.yaml", "-o", "out"], in: folder)
        #expect(run.status == 0)
        #expect(run.stderr.contains("warning: the agenda is published on 11 December 2026, only 3 clear days before the meeting on 15 December 2026"))
    }

    @Test func aBatchKeepsGoingPastABrokenMeetingAndSaysSo() throws {
        let folder = try meeting()
        try Self.publicReport.replacingOccurrences(of: "2026-12-15", with: "2026-12-16")
            .write(to: folder.appendingPathComponent("reports/second.yaml"), atomically: true, encoding: .utf8)
        try Self.agenda(date: "2026-12-16", items: "  - report: reports/second.yaml")
            .write(to: folder.appendingPathComponent("second.yaml"), atomically: true, encoding: .utf8)
        try Self.agenda(date: "2026-12-17", items: "  - report: reports/missing.yaml")
            .write(to: folder.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["pack", "agenda.yaml", "broken.yaml", "second.yaml", "-o", "out"], in: folder)
        #expect(run.status == 1)
        #expect(CLI.files(in: folder.appendingPathComponent("out")) == ["cabinet-2026-12-15", "cabinet-2026-12-16", "feed.atom", "meetings.ics"])
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        // The broken meeting: its error counted, nothing written, no folder.
        #expect(lines[3].hasPrefix("Cabinet, 17 December 2026") && lines[3].hasSuffix("0  -"), "\(lines)")
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let folder = try meeting()
        #expect(try CLI.run(["pack", "agenda.yaml", "-o", "one"], in: folder).status == 0)
        #expect(try CLI.run(["pack", "agenda.yaml", "-o", "two"], in: folder).status == 0)
        let one = folder.appendingPathComponent("one"), two = folder.appendingPathComponent("two")
        #expect(tree(one) == tree(two))
        for path in tree(one) {
            #expect(try Data(contentsOf: one.appendingPathComponent(path)) == Data(contentsOf: two.appendingPathComponent(path)), "\(path)")
        }
    }

    @Test func aFailedRunLeavesThePreviousPackIntactAndLeftoversGo() throws {
        let folder = try meeting()
        #expect(try CLI.run(["pack", "agenda.yaml", "-o", "out"], in: folder).status == 0)
        let pack = folder.appendingPathComponent("out/cabinet-2026-12-15")
        let before = tree(pack)
        // An interrupted run leaves a hidden folder behind; the next good run clears it, as its
        // run (a process number past Linux's largest) is no longer alive.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("out/.cabinet-2026-12-15.tmp-4194305-2"),
                                                withIntermediateDirectories: true)
        // A live run's folder (this test's own process) is left alone.
        let live = folder.appendingPathComponent("out/.cabinet-2026-12-15.tmp-\(getpid())-2")
        try FileManager.default.createDirectory(at: live, withIntermediateDirectories: true)
        let broken = try String(contentsOf: folder.appendingPathComponent("reports/public.yaml"), encoding: .utf8) + "\nbogus: key\n"
        try broken.write(to: folder.appendingPathComponent("reports/public.yaml"), atomically: true, encoding: .utf8)
        #expect(try CLI.run(["pack", "agenda.yaml", "-o", "out"], in: folder).status == 1)
        #expect(tree(pack) == before)
        try Self.publicReport.write(to: folder.appendingPathComponent("reports/public.yaml"), atomically: true, encoding: .utf8)
        #expect(try CLI.run(["pack", "agenda.yaml", "-o", "out"], in: folder).status == 0)
        #expect(CLI.files(in: folder.appendingPathComponent("out")) == [".cabinet-2026-12-15.tmp-\(getpid())-2", "cabinet-2026-12-15"])
        try FileManager.default.removeItem(at: live)
    }

    @Test func newAgendaPacksAsItIs() throws {
        let folder = try CLI.temporaryFolder()
        #expect(try CLI.run(["new", "agenda", "agenda.yaml"], in: folder).status == 0)
        let run = try CLI.run(["pack", "agenda.yaml"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        #expect(tree(folder) == ["agenda.yaml", "cabinet-2027-01-19/agenda.html", "cabinet-2027-01-19/agenda.txt", "cabinet-2027-01-19/meeting.ics",
                                 "cabinet-2027-01-19/meeting.json", "cabinet-2027-01-19/public-pack.html"])
    }

    @Test func packsPrintToPDFWithAContentsOfPageNumbers() throws {
        let folder = try meeting()
        let run = try CLI.run(["pack", "agenda.yaml", "--format", "html,pdf", "-o", "out"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let pack = folder.appendingPathComponent("out/cabinet-2026-12-15")
        #expect(tree(pack).filter { $0.hasSuffix(".pdf") } == ["confidential/confidential-pack.pdf", "public-pack.pdf"])
        let text = try CLI.pdfText(pack.appendingPathComponent("public-pack.pdf").path)
        #expect(text.contains("Public Document Pack"), "the public pack has a cover page")
        #expect(text.contains("Transport Grants (page 3)"), "each report starts a new page and the contents says which")
        #expect(text.contains("Page 1 of "))
        #expect(!text.contains(Self.canary))
        let confidential = try CLI.pdfText(pack.appendingPathComponent("confidential/confidential-pack.pdf").path)
        #expect(confidential.contains(Self.canary))
        #expect(confidential.contains("NOT FOR PUBLICATION"), "every confidential page says so in its header")
        #expect(!text.contains("NOT FOR PUBLICATION"))
    }

    @Test func aCouncilsOwnWordingForStandardItems() throws {
        let folder = try meeting()
        try "standard_items:\n  apologies: {title: Apologies, text: To note apologies received by the clerk.}\n"
            .write(to: folder.appendingPathComponent("style.yaml"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["pack", "agenda.yaml", "--style", "style.yaml", "-o", "out"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let agenda = try String(contentsOf: folder.appendingPathComponent("out/cabinet-2026-12-15/agenda.txt"), encoding: .utf8)
        #expect(agenda.contains("1     Apologies\n\n      To note apologies received by the clerk."))
    }

    @Test func checkRunsAnAgendasChecksAndWritesNothing() throws {
        let folder = try meeting(items: "  - report: reports/exempt.yaml")
        let run = try CLI.run(["check", "agenda.yaml"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("[agenda.exempt-in-part-one]"))
        #expect(run.stdout == "agenda.yaml: 2 items, 1 error, 1 warning\n")
        #expect(tree(folder) == ["agenda.yaml", "reports/exempt.yaml", "reports/public.yaml"])
    }

    @Test func theExamplesAgendaPacks() throws {
        let out = try CLI.temporaryFolder()
        let run = try CLI.run(["pack", CLI.root.appendingPathComponent("Examples/cabinet-agenda.yaml").path, "-o", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        // The one warning is the real paper's own item number, CA16, where our agenda has it as item 5.
        let warnings = run.stderr.split(separator: "\n").filter { $0.contains(": warning: ") }
        #expect(warnings.count == 1 && warnings[0].contains("item CA16, but the agenda has it as item 5"), "\(run.stderr)")
        #expect(!run.stderr.contains(": error: "), "\(run.stderr)")
        #expect(tree(out).filter { $0.contains("confidential") }.count == 3)
    }
}
