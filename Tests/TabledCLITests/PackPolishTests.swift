import Foundation
import Testing

/// The pack as members read it: a cover with the meeting's details, contents with page numbers
/// in Word as in PDF, one PDF bookmark per item, and a report's own item number checked.
@Suite struct PackPolishTests {
    @Test func theWordPacksContentsGivesEachItemsPageAndThePDFBookmarksEachItem() throws {
        let out = try CLI.temporaryFolder()
        let run = try CLI.run(["pack", CLI.root.appendingPathComponent("Examples/cabinet-agenda.yaml").path, "--format", "html,pdf,docx",
                               "-o", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        let meeting = out.appendingPathComponent("cabinet-2006-03-21")
        // LibreOffice works the PAGEREF fields out as it lays the pages out; each points at its item's first page.
        let printed = try CLI.temporaryFolder()
        let office = try CLI.run(["--headless", "--convert-to", "pdf", "--outdir", printed.path,
                                  meeting.appendingPathComponent("public-pack.docx").path], executable: "soffice")
        #expect(office.status == 0, "\(office.stderr)")
        let pdf = printed.appendingPathComponent("public-pack.pdf").path
        let contents = try CLI.pdfText(pdf)
        let pattern = /Learning Disability Service Partnership \(page (\d+)\)/
        let match = try #require(contents.firstMatch(of: pattern), "no page number in the Word pack's contents")
        let page = try CLI.run(["-f", String(match.output.1), "-l", String(match.output.1), pdf, "-"], executable: "pdftotext").stdout
        #expect(page.contains("Learning Disability Service Partnership"), "page \(match.output.1) is not the item's")
        // The PDF pack: the front sheet and each item a bookmark at the top level.
        let outline = try CLI.run(["-c", """
            import pikepdf, sys
            with pikepdf.open(sys.argv[1]) as pdf, pdf.open_outline() as outline:
                print("\\n".join(item.title for item in outline.root))
            """, meeting.appendingPathComponent("public-pack.pdf").path], executable: "python3")
        #expect(outline.status == 0, "\(outline.stderr)")
        #expect(outline.stdout.split(separator: "\n") == ["Agenda", "Learning Disability Service Partnership",
                                                          "Expansion of the Older Persons Pooled Budget 2009/10",
                                                          "Expansion of the Mental Health Commissioning Pooled Budget 2009/10",
                                                          "9. Award of the Leisure Centres Management Contract"], "\(outline.stdout)")
        // The cover: the meeting, when and where, and whom to contact.
        let cover = try CLI.run(["-f", "1", "-l", "1", meeting.appendingPathComponent("public-pack.pdf").path, "-"], executable: "pdftotext").stdout
        for words in ["Public Document Pack", "Tuesday 21 March 2006, 14:00", "County Hall, New Road, Oxford", "Sue Whitehead"] {
            #expect(cover.contains(words), "the cover lacks '\(words)': \(cover)")
        }
    }

    @Test func aReportsOwnItemNumberIsKeptWhereTheAgendaAgrees() throws {
        let packs = PackCommandTests()
        let folder = try packs.meeting(items: "  - report: reports/public.yaml")
        let report = folder.appendingPathComponent("reports/public.yaml")
        try String(contentsOf: report, encoding: .utf8)
            .replacingOccurrences(of: "meeting: {body: Cabinet, date: 2026-12-15}", with: "meeting: {body: Cabinet, date: 2026-12-15, item: \"2\"}")
            .write(to: report, atomically: true, encoding: .utf8)
        let agrees = try CLI.run(["pack", "agenda.yaml", "-o", "out"], in: folder)
        #expect(agrees.status == 0 && agrees.stderr.isEmpty, "\(agrees.stderr)")
        try String(contentsOf: report, encoding: .utf8).replacingOccurrences(of: "item: \"2\"", with: "item: \"10\"")
            .write(to: report, atomically: true, encoding: .utf8)
        let differs = try CLI.run(["pack", "agenda.yaml", "-o", "out"], in: folder)
        #expect(differs.status == 0)
        #expect(differs.stderr.contains("reports/public.yaml:1:50: warning: the report says it is item 10, but the agenda has it as item 2"),
                "\(differs.stderr)")
    }
}
