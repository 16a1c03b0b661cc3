import Foundation
import Testing

/// An appendix kept in a file of its own is printed after its report, numbered as the report
/// numbers it, with the report's figures in scope. An exempt one (`exempt:` on the report's
/// list) reaches only confidential files: the public paper and pack carry its title and notice.
@Suite struct AppendixRenderingTests {
    static let report = """
        meeting: {body: Cabinet, date: 2026-03-21}
        title: Capital monitoring
        recommendations: {items: ["note spending of {{figure:spend}}, set out in {{ref:costs}}"]}
        sections:
          - title: Programme
            paragraphs:
              - The costs are in {{ref:costs}} and the bids in {{ref:bids}}.
              - table: summary
        figures:
          spend: {value: 3, unit: £, formula: summary.total}
        tables:
          - id: summary
            caption: Spending
            unit: £
            columns: [2026/27]
            rows:
              - [Works, 3]
              - {label: Total, total: sum, values: [3]}
        appendices:
          - {id: costs, title: Costs by scheme, file: costs.yaml}
          - {id: bids, title: Tender evaluation, file: bids.yaml, exempt: {paragraphs: [3]}}
          - {title: Scheme list}

        """

    static let costs = """
        kind: annex
        label: Annex 1
        title: Costs by scheme
        sections:
          - title: Schemes
            paragraphs:
              - The schemes cost {{figure:spend}} in all.
              - table: t
        tables:
          - id: t
            caption: Costs
            unit: £
            columns: [2026/27]
            rows:
              - [A, 1]
              - [B, 2]
              - {label: Total, total: sum, values: [3]}

        """

    static let bids = """
        kind: annex
        title: Tender evaluation
        sections:
          - title: Bids
            paragraphs:
              - Bidder Kestrel Ltd offered the lowest price.

        """

    /// A folder holding the report and both appendix files.
    static func paper() throws -> URL {
        let folder = try CLI.temporaryFolder()
        for (name, text) in [("report.yaml", report), ("costs.yaml", costs), ("bids.yaml", bids)] {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder
    }

    static func read(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    /// The text with every run of spaces and line breaks as one space, as it reads however wrapped.
    static func words(_ url: URL) throws -> String {
        try read(url).split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    @Test func anAppendixFileIsPrintedAfterItsReportNumberedAsTheReportNumbersIt() throws {
        let folder = try Self.paper()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let run = try CLI.run(["render", folder.appendingPathComponent("report.yaml").path, "-o", out.path, "--format", "html,text"])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try Self.read(out.appendingPathComponent("report.txt"))
        // The report's list, then the appendix on its own, its label the report's "Appendix A".
        let order = ["Appendix A: Costs by scheme", "Appendix C: Scheme list", "Appendix A\n\nCosts by scheme\n---",
                     "The schemes cost £3 in all.", "Table 1: Costs"]
        let positions = order.map { text.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil }, "\(text)")
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted(), "in the order listed: \(text)")
        #expect(!text.contains("Annex 1"), "the report's numbering wins over the file's own label")
        let html = try Self.read(out.appendingPathComponent("report.html"))
        #expect(html.contains("<a href=\"#appendix-a\">Costs by scheme</a>"), "the list links to the appendix")
        #expect(html.contains("<div class=\"appendix\">"))
        #expect(html.contains("<h2 id=\"appendix-a\">Costs by scheme</h2>"), "the appendix's title carries its anchor")
        // Each part keeps its own table numbers; their anchors stay apart.
        #expect(html.contains("id=\"table-1\""))
        #expect(html.contains("id=\"appendix-a-table-1\""))
        let ids = html.components(separatedBy: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(Set(ids).count == ids.count, "no anchor twice: \(ids)")
        for link in html.components(separatedBy: "href=\"#").dropFirst().map({ $0.prefix { $0 != "\"" } }) {
            #expect(ids.contains(link), "link to #\(link) lands")
        }
    }

    @Test func anExemptAppendixIsWrittenApartAndThePublicPaperCarriesItsNotice() throws {
        let folder = try Self.paper()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let run = try CLI.run(["render", folder.appendingPathComponent("report.yaml").path, "-o", out.path, "--format", "html,text,docx"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("Appendix B is exempt (not for publication): written as report-appendix-b-confidential.*"), "\(run.stderr)")
        for ext in ["html", "txt"] {
            let open = try Self.words(out.appendingPathComponent("report.\(ext)"))
            #expect(!open.contains("Kestrel"), "report.\(ext) holds no exempt content")
            #expect(open.contains("Tender evaluation"))
            #expect(open.contains("paragraph 3 of Part 1 of Schedule 12A"), "\(open)")
            let closed = try Self.words(out.appendingPathComponent("report-appendix-b-confidential.\(ext)"))
            #expect(closed.contains("Bidder Kestrel Ltd"))
            #expect(closed.contains("This appendix is exempt from publication under paragraph 3"))
        }
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("report-appendix-b-confidential.docx").path))
    }

    @Test func anExemptAppendixGoesToTheConfidentialPackOnly() throws {
        let folder = try Self.paper()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("""
            meeting: {body: Cabinet, date: 2026-03-21}
            items:
              - standard: apologies
              - report: report.yaml

            """.utf8).write(to: folder.appendingPathComponent("agenda.yaml"))
        let out = folder.appendingPathComponent("out")
        let run = try CLI.run(["pack", folder.appendingPathComponent("agenda.yaml").path, "-o", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        let meeting = out.appendingPathComponent("cabinet-2026-03-21")
        let files = FileManager.default.enumerator(atPath: meeting.path)?.allObjects.compactMap { $0 as? String }.filter { $0.contains(".") } ?? []
        for file in files {
            let holds = try Self.read(meeting.appendingPathComponent(file)).contains("Kestrel")
            #expect(holds == file.contains("confidential"), "\(file): exempt content exactly where the path says confidential")
        }
        #expect(files.contains("confidential/02-capital-monitoring-appendix-b.html"), "\(files.sorted())")
        #expect(files.contains("confidential/confidential-pack.html"))
        let pack = try Self.read(meeting.appendingPathComponent("public-pack.html"))
        #expect(pack.contains("The schemes cost £3 in all."), "a public appendix is in the public pack")
        #expect(pack.contains("paragraph 3 of Part 1 of Schedule 12A"))
    }

    @Test func checkJudgesAnAppendixsTablesUnderItsNumber() throws {
        let folder = try Self.paper()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("review")
        let run = try CLI.run(["check", "--format", "html", "-o", out.path, folder.appendingPathComponent("report.yaml").path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("report.yaml: 2 tables, 2 checked"), "\(run.stdout)")
        // The paper has an exempt appendix, whose tables the page shows: it is confidential.
        #expect(CLI.files(in: out) == ["report-confidential.review.html"])
        let page = try Self.read(out.appendingPathComponent("report-confidential.review.html"))
        #expect(page.contains("Appendix A: Costs"), "an appendix's table is named by its appendix")
        #expect(page.contains("NOT FOR PUBLICATION"))
    }

    @Test func anAppendixNamingAFigureNeitherItNorItsReportHasIsLocated() throws {
        let folder = try Self.paper()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.costs.replacingOccurrences(of: "{{figure:spend}}", with: "{{figure:spent}}").utf8)
            .write(to: folder.appendingPathComponent("costs.yaml"))
        let run = try CLI.run(["render", folder.appendingPathComponent("report.yaml").path, "-o", folder.appendingPathComponent("out").path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("costs.yaml:7:"), "\(run.stderr)")
        #expect(run.stderr.contains("did you mean 'spend'"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }
}
