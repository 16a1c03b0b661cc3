import Foundation
import Testing

/// Minutes as a clerk writes them after the meeting: started from the agenda, checked against
/// it, and published with an item taken in private as its public summary only.
@Suite struct MinutesTests {
    static let examples = CLI.root.appendingPathComponent("Examples")

    @Test func theExamplesMinutesAreWrittenInEveryFormatWithTheExemptMinuteApart() throws {
        let out = try CLI.temporaryFolder()
        let run = try CLI.run(["minutes", Self.examples.appendingPathComponent("cabinet-minutes.yaml").path,
                               "--format", "html,text,pdf,docx", "-o", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        #expect(CLI.files(in: out) == ["cabinet-2006-03-21-minutes.docx", "cabinet-2006-03-21-minutes.html",
                                       "cabinet-2006-03-21-minutes.pdf", "cabinet-2006-03-21-minutes.txt", "confidential"])
        let text = try String(contentsOf: out.appendingPathComponent("cabinet-2006-03-21-minutes.txt"), encoding: .utf8)
        #expect(text.contains("23/06 Apologies for Absence"))
        #expect(text.contains("27/06 Learning Disability Service Partnership"))
        #expect(text.contains("RESOLVED (as amended):"))
        #expect(text.contains("Carried: 3 for, 0 against, 1 abstention."))
        #expect(text.contains("Cllr Ann Bonner (for Cllr Don Seale)"))
        // The exempt minute and resolution are in the confidential minutes only.
        let secret = ["Bidder B", "tenders' prices"]
        for file in CLI.files(in: out) where file != "confidential" {
            let words = file.hasSuffix(".pdf") ? try CLI.pdfText(out.appendingPathComponent(file).path)
                : file.hasSuffix(".docx") ? try ClerkTests().docxText(out.appendingPathComponent(file))
                : try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)
            for word in secret { #expect(!words.contains(word), "\(file) holds '\(word)'") }
        }
        let confidential = try String(contentsOf: out.appendingPathComponent("confidential/cabinet-2006-03-21-minutes-confidential.txt"),
                                      encoding: .utf8)
        #expect(confidential.contains("Bidder B"))
        #expect(CLI.files(in: out.appendingPathComponent("confidential")).allSatisfy { $0.contains("confidential") })
        // LibreOffice prints the Word file.
        let printed = try CLI.temporaryFolder()
        let office = try CLI.run(["--headless", "--convert-to", "pdf", "--outdir", printed.path,
                                  out.appendingPathComponent("cabinet-2006-03-21-minutes.docx").path], executable: "soffice")
        #expect(office.status == 0, "\(office.stderr)")
        #expect(try CLI.pdfText(printed.appendingPathComponent("cabinet-2006-03-21-minutes.pdf").path).contains("Learning Disability"))
    }

    @Test func newMinutesRenderAsTheyAre() throws {
        let folder = try meeting(minutes: nil)
        let new = try CLI.run(["new", "minutes", "minutes.yaml", "--agenda", "agenda.yaml"], in: folder)
        #expect(new.status == 0, "\(new.stderr)")
        let written = try String(contentsOf: folder.appendingPathComponent("minutes.yaml"), encoding: .utf8)
        #expect(written.contains("approve the grants."), "the recommendations are the resolutions")
        #expect(written.contains("- \"Cllr A\""))
        let run = try CLI.run(["minutes", "minutes.yaml", "-o", "out"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        let noAgenda = try CLI.run(["new", "minutes", "other.yaml"], in: folder)
        #expect(noAgenda.status == 2)
        #expect(noAgenda.stderr.contains("--agenda"))
    }

    static let present = "present: [Cllr A, Cllr B, Cllr C]\n"
    static let privateItem = "  - {item: 4, public_summary: Awarded the contract., resolved: [Awarded it.]}\n"

    @Test(arguments: [
        (present + "items:\n  - {item: 7}\n  - {item: 2, resolved: [Approved.]}\n",
         "minutes.yaml:4:12: error: there is no item 7 on the agenda, which has 4 items [minutes.unknown-item]"),
        (present + "items:\n  - {item: 2, resolved: [A.]}\n  - {item: 2, resolved: [B.]}\n",
         "minutes.yaml:5:12: error: item 2 is minuted twice [minutes.minuted-twice]"),
        (present + "items:\n  - {item: 2, minute: Discussed.}\n",
         "minutes.yaml:4:5: error: item 2 'Transport Grants' is for decision, but no resolution is recorded [minutes.missing-resolution]"),
        (present + "items:\n  - {item: 2, resolved: [A.]}\n  - {item: 4, exempt_minute: Secret.}\n",
         "minutes.yaml:5:5: error: item 4 was taken in private, so the public minutes print only its public_summary, and it has none [minutes.missing-public-summary]"),
        ("present: [Cllr A, Cllr B]\nitems:\n  - {item: 2, resolved: [A.]}\n",
         "minutes.yaml:2:10: error: 2 members are recorded as present, fewer than the quorum of 3: no decision the meeting made stands [minutes.not-quorate]"),
        ("first_minute: twenty\n" + present + "items:\n  - {item: 2, resolved: [A.]}\n",
         "minutes.yaml:2:15: error: first_minute 'twenty' is not a minute number such as 23 or 23/26 [minutes.bad-number]"),
    ])
    func mistakesInMinutesAreLocated(_ minutes: String, _ message: String) throws {
        let folder = try meeting(minutes: minutes)
        let run = try CLI.run(["minutes", "minutes.yaml", "-o", "out"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path), "nothing is written")
        let check = try CLI.run(["check", "minutes.yaml"], in: folder)
        #expect(check.status == 1)
        #expect(check.stderr.contains(message), "check finds it too: \(check.stderr)")
    }

    @Test(arguments: [
        ("declarations: [{member: Cllr B, item: 2, interest: disclosable-pecuniary}]\n" + present
            + "items:\n  - {item: 2, resolved: [A.], vote: {for: [Cllr A, Cllr B], against: [Cllr C]}}\n" + privateItem,
         "minutes.yaml:5:52: warning: Cllr B declared a disclosable pecuniary interest in item 2, and is recorded as voting on it [minutes.voted-with-interest]"),
        (present + "items:\n  - {item: 2, resolved: [A.], vote: {for: [Cllr A, Cllr B, Cllr D]}}\n" + privateItem,
         "minutes.yaml:4:60: warning: Cllr D is recorded as voting on item 2 but is not among those present or substituting [minutes.voter-not-present]"),
        (present + "items:\n  - {item: 2, resolved: [A.], vote: {for: 3, against: 1, abstentions: 0}}\n" + privateItem,
         "minutes.yaml:4:37: warning: the vote on item 2 counts 4 members, but 3 could vote [minutes.votes-do-not-add-up]"),
    ])
    func doubtfulVotesAreWarnings(_ minutes: String, _ message: String) throws {
        let folder = try meeting(minutes: minutes)
        let run = try CLI.run(["minutes", "minutes.yaml", "-o", "out"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    /// A meeting of three members, quorum three: a public report (item 2) and, after the
    /// exclusion, an exempt one (item 4).
    func meeting(minutes: String?) throws -> URL {
        let folder = try CLI.temporaryFolder()
        let reports = folder.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        try PackCommandTests.publicReport.write(to: reports.appendingPathComponent("public.yaml"), atomically: true, encoding: .utf8)
        try PackCommandTests.exemptReport.write(to: reports.appendingPathComponent("exempt.yaml"), atomically: true, encoding: .utf8)
        try """
            meeting: {body: Cabinet, date: 2026-12-15}
            members: [{name: Cllr A}, {name: Cllr B}, {name: Cllr C}]
            quorum: 3
            items:
              - standard: apologies
              - report: reports/public.yaml
              - standard: exclusion
              - report: reports/exempt.yaml
            """.write(to: folder.appendingPathComponent("agenda.yaml"), atomically: true, encoding: .utf8)
        if let minutes {
            try ("agenda: agenda.yaml\n" + minutes).write(to: folder.appendingPathComponent("minutes.yaml"), atomically: true, encoding: .utf8)
        }
        return folder
    }
}
