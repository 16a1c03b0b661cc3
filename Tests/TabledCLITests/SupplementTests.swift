import Foundation
import Testing

/// A late report follows in a supplementary agenda: the main pack lists it as to follow, and
/// `supplement-1/` has its own front sheet and packs, numbered as the agenda numbers it.
@Suite struct SupplementTests {
    static let lateItems = """
          - {report: reports/public.yaml, supplement: 1, reason: "The grant figures arrived after the agenda was published."}
          - standard: exclusion
          - {report: reports/exempt.yaml, supplement: 1, reason: The tender evaluation ended late.}
        """

    @Test func aLateReportIsToFollowAndHasASupplementOfItsOwn() throws {
        let folder = try PackCommandTests().meeting(items: Self.lateItems)
        let run = try CLI.run(["pack", "agenda.yaml", "--format", "html,docx", "-o", "out"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let meeting = folder.appendingPathComponent("out/cabinet-2026-12-15")
        let files = PackCommandTests().tree(meeting)
        #expect(!files.contains { $0.hasPrefix("items/") }, "the late reports are not in the main pack: \(files)")
        #expect(files.contains("supplement-1/agenda.html"))
        #expect(files.contains("supplement-1/public-pack.html"))
        #expect(files.contains("supplement-1/public-pack.docx"))
        #expect(files.contains("supplement-1/items/02-transport-grants.html"))
        #expect(files.contains("supplement-1/confidential/confidential-pack.html"))
        #expect(files.filter { $0.contains("award") }.allSatisfy { $0.contains("confidential") })
        let main = try String(contentsOf: meeting.appendingPathComponent("agenda.txt"), encoding: .utf8)
        #expect(main.contains("To follow in supplementary agenda 1."))
        #expect(!main.contains("Transport Grants]("), "no link to a report that is not in the pack")
        let supplement = try String(contentsOf: meeting.appendingPathComponent("supplement-1/agenda.txt"), encoding: .utf8)
        #expect(supplement.contains("Supplementary agenda 1"))
        #expect(supplement.contains("2     Transport Grants"), "numbered as the agenda numbers it: \(supplement)")
        let words = supplement.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("Reason for lateness: The grant figures arrived after the agenda was published."))
        #expect(!supplement.contains("Apologies"), "only the late items")
        // No exempt word in any public file of either publication.
        for file in files where !file.contains("confidential") && !file.hasSuffix(".docx") {
            let text = try String(contentsOf: meeting.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains(PackCommandTests.canary), "\(file)")
        }
        let check = try CLI.run([CLI.root.appendingPathComponent("scripts/open-data.py").path, folder.appendingPathComponent("out").path,
                                 PackCommandTests.canary], executable: "python3")
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test func aSupplementWithoutAReasonIsALocatedError() throws {
        let folder = try PackCommandTests().meeting(items: "  - {report: reports/public.yaml, supplement: 1}")
        let run = try CLI.run(["pack", "agenda.yaml", "-o", "out"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("agenda.yaml:6:47: error: this report follows in supplementary agenda 1 but gives no reason"), "\(run.stderr)")
        #expect(run.stderr.contains("[agenda.supplement-without-reason]"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test func aLateReportNotYetWrittenLeavesTheAgendaToBePublished() throws {
        let folder = try PackCommandTests().meeting(items: "  - {report: reports/late.yaml, supplement: 1, reason: Late figures.}")
        let run = try CLI.run(["pack", "agenda.yaml", "-o", "out"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("warning: 'reports/late.yaml' is not there yet"), "\(run.stderr)")
        let files = PackCommandTests().tree(folder.appendingPathComponent("out/cabinet-2026-12-15"))
        #expect(files.contains("agenda.html") && !files.contains { $0.hasPrefix("supplement-1/") }, "\(files)")
    }
}
