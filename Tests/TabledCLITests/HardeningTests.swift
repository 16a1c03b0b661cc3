import Foundation
import Testing

/// What a red team broke, each now refused or contained: CSS break-out from the running
/// header, outside files in PDFs, FIFOs, recursive templates, confidential names, races.
@Suite struct HardeningTests {
    /// A paper whose total row a PDF must print as 58.9, 62.8 and 59.4.
    static func paper(item: String = "CA16", body: String = "Cabinet", title: String = "Pooled budget", extra: String = "") -> String {
        """
        meeting: {body: \(body), date: 2006-03-21, item: \(item)}
        title: \(title)
        recommendations: {items: [approve it]}
        sections:
          - title: Money
            paragraphs:
              - table: t
        \(extra)tables:
          - id: t
            caption: Contributions
            unit: £m
            columns: [2005/06, 2006/07, Pool]
            rows:
              - [PCTs, 26.6, 27.6, 27.6]
              - [Social care, 32.3, 35.2, 31.8]
              - {label: TOTAL, total: sum, values: [58.9, 62.8, 59.4]}

        """
    }

    /// The break-out a red team used, and every C0 control character, in each field that reaches CSS.
    @Test func nothingInTheRunningHeaderCanChangeTheTable() throws {
        let folder = try CLI.temporaryFolder()
        let attack = "CA16\u{0C}} } tbody tr:last-child td { font-size: 0 } tbody tr:last-child td::after { content: '1.0' } @import url(http://127.0.0.1:9/x.css); "
        let controls = String(String.UnicodeScalarView((1..<32).compactMap(Unicode.Scalar.init)))
        let item = "\"" + (attack + controls).unicodeScalars.map { $0.value < 32 ? String(format: "\\x%02X", $0.value) : String($0) }
            .joined().replacingOccurrences(of: "\"", with: "\\\"") + "\""
        try Self.paper(item: item, body: "\"Cabinet\\f} @page { margin: 0 }\"").write(to: folder.appendingPathComponent("p.yaml"), atomically: true, encoding: .utf8)
        try "council: \"Anytown\\f} body { display: none } \\\\ \\\" end\"\n".write(to: folder.appendingPathComponent("style.yaml"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["render", "p.yaml", "--style", "style.yaml", "--format", "html,pdf", "-o", "out"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let text = try CLI.pdfText(folder.appendingPathComponent("out/p.pdf").path)
        #expect(text.contains("58.9") && text.contains("62.8") && text.contains("59.4"), "\(text)")
        // The header prints the attack as words; the table must not be rewritten by it.
        #expect(!text.contains("1.0 1.0") && !text.contains("1.0\n1.0"), "injected CSS changed the table")
        #expect(text.contains("Item CA16"), "the header is printed, as words")
        let html = try String(contentsOf: folder.appendingPathComponent("out/p.html"), encoding: .utf8)
        let style = html[html.range(of: "<style>")!.upperBound..<html.range(of: "</style>")!.lowerBound]
        #expect(!style.unicodeScalars.contains { $0.value < 32 && $0 != "\n" }, "a control character reached the stylesheet")
        #expect(!style.contains("font-size: 0") || !style.contains("tbody tr:last-child td {"), "an injected rule reached the stylesheet")
    }

    @Test func aFileOutsideThePapersFolderNeverReachesAnyOutput() throws {
        let folder = try CLI.temporaryFolder()
        let secret = try CLI.temporaryFolder().appendingPathComponent("secret.svg")
        try "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"40\"><text x=\"5\" y=\"25\">SECRETCANARY</text></svg>"
            .write(to: secret, atomically: true, encoding: .utf8)
        let paragraph = "summary: \"See ![a](\(secret.path)) and ![b](../\(secret.deletingLastPathComponent().lastPathComponent)/secret.svg) and ![c](http://127.0.0.1:9/c.png)\"\n"
        try Self.paper(extra: paragraph).write(to: folder.appendingPathComponent("p.yaml"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["render", "p.yaml", "--format", "html,pdf", "-o", "out"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.components(separatedBy: "[ref.outside-file]").count == 3, "\(run.stderr)")
        #expect(run.stderr.contains("not printed in the PDF: 'http://127.0.0.1:9/c.png'"))
        #expect(try !CLI.pdfText(folder.appendingPathComponent("out/p.pdf").path).contains("SECRETCANARY"))
        let html = try String(contentsOf: folder.appendingPathComponent("out/p.html"), encoding: .utf8)
        #expect(!html.contains("secret.svg"))
    }

    @Test func aFIFOIsRefusedAtOnce() throws {
        let folder = try CLI.temporaryFolder()
        #expect(mkfifo(folder.appendingPathComponent("pipe.yaml").path, 0o600) == 0)
        for command in ["check", "render"] {
            let started = Date()
            let run = try CLI.run([command, "pipe.yaml"], in: folder)
            #expect(run.status == 2, "\(command)")
            #expect(run.stderr.contains("it is not a regular file"), "\(run.stderr)")
            #expect(Date().timeIntervalSince(started) < 5, "\(command) waited on the FIFO")
        }
        // As a report on an agenda it is a located error for that meeting.
        try "meeting: {body: Cabinet, date: 2026-12-15}\nitems:\n  - report: pipe.yaml\n"
            .write(to: folder.appendingPathComponent("agenda.yaml"), atomically: true, encoding: .utf8)
        let pack = try CLI.run(["pack", "agenda.yaml", "-o", "out"], in: folder)
        #expect(pack.status == 1)
        #expect(pack.stderr.contains("agenda.yaml:3:13: error: the report 'pipe.yaml' cannot be read: it is not a regular file"), "\(pack.stderr)")
    }

    @Test(arguments: [
        (["section.md.mustache": "{{>section}}\n"], "template 'section.md.mustache': it includes itself (section → section)"),
        (["a.md.mustache": "{{>b}}\n", "b.md.mustache": "{{>a}}\n"], "template 'a.md.mustache': it includes itself (a → b → a)"),
        (["facts.md.mustache": "{{>nothere}}\n"], "template 'facts.md.mustache': it includes 'nothere', but there is no template"),
    ])
    func recursiveAndMissingPartialsAreRefused(_ files: [String: String], _ message: String) throws {
        let folder = try CLI.temporaryFolder()
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let paper = CLI.root.appendingPathComponent("Examples/brent-2014-mental-health/report.yaml").path
        let started = Date()
        let run = try CLI.run(["render", paper, "--templates", folder.path, "-o", folder.appendingPathComponent("out").path])
        #expect(!run.crashed)
        #expect(run.status == 2)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func anExemptPaperRenderedAloneIsNamedConfidential() throws {
        let folder = try CLI.temporaryFolder()
        let run = try CLI.run(["render", CLI.root.appendingPathComponent("Examples/confidential-leisure-contract/report.yaml").path,
                               "-o", folder.path])
        #expect(run.status == 0)
        #expect(CLI.files(in: folder) == ["report-confidential.html", "report-confidential.txt"])
        #expect(run.stderr.contains("exempt (not for publication): written as report-confidential.*"))
    }

    /// Only files with exempt content have "confidential" in their path; a public title cannot lend it.
    @Test func aPublicTitleCannotPutConfidentialInAPath() throws {
        let folder = try CLI.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("reports"), withIntermediateDirectories: true)
        try Self.paper(body: "Confidential Matters Committee", title: "Confidential Reporting (Whistleblowing) Policy")
            .write(to: folder.appendingPathComponent("reports/policy.yaml"), atomically: true, encoding: .utf8)
        try "meeting: {body: Confidential Matters Committee, date: 2006-03-21}\nitems:\n  - report: reports/policy.yaml\n"
            .write(to: folder.appendingPathComponent("agenda.yaml"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["pack", "agenda.yaml", "-o", "out"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let paths = FileManager.default.enumerator(atPath: folder.appendingPathComponent("out").path)?.allObjects as? [String] ?? []
        #expect(paths.contains("conf-matters-committee-2006-03-21/items/01-conf-reporting-whistleblowing-policy.html"), "\(paths)")
        #expect(!paths.contains { $0.contains("confidential") }, "\(paths)")
    }

    @Test func twoAgendasForOneFolderThroughALinkAreRefused() throws {
        let folder = try CLI.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("real"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link").path, withDestinationPath: "real")
        try "meeting: {body: Cabinet, date: 2026-12-15}\nitems:\n  - standard: apologies\n"
            .write(to: folder.appendingPathComponent("real/agenda.yaml"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["pack", "real/agenda.yaml", "link/agenda.yaml"], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("are both for Cabinet, 15 December 2026"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("real/cabinet-2026-12-15").path))
    }

    /// Many papers into one folder in one run: each is written, none takes another's staging for abandoned.
    @Test func manyPapersIntoOneFolderAreAllWritten() throws {
        let folder = try CLI.temporaryFolder()
        var files: [String] = []
        for i in 0..<40 {
            let file = folder.appendingPathComponent("paper-\(i).yaml")
            try Self.paper(title: "Paper \(i)").write(to: file, atomically: true, encoding: .utf8)
            files.append(file.path)
        }
        let run = try CLI.run(["render", "-o", folder.appendingPathComponent("out").path] + files)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(CLI.files(in: folder.appendingPathComponent("out")).count == 80)
    }

    /// A run killed outright between two renames leaves a committed staging folder; the next run finishes it.
    @Test func theNextRunFinishesACommittedStagingFolderAndClearsAbandonedOnes() throws {
        let folder = try CLI.temporaryFolder()
        let paper = CLI.root.appendingPathComponent("Examples/brent-2014-mental-health/report.yaml").path
        let committed = folder.appendingPathComponent(".tabled-other.staging-999999-1")
        let abandoned = folder.appendingPathComponent(".tabled-report.staging-999998-2")
        for staging in [committed, abandoned] { try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true) }
        try "finished".write(to: committed.appendingPathComponent("other.txt"), atomically: true, encoding: .utf8)
        try "".write(to: committed.appendingPathComponent("COMMIT"), atomically: true, encoding: .utf8)
        try "half".write(to: abandoned.appendingPathComponent("report.html"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["render", paper, "-o", folder.path])
        #expect(run.status == 0)
        #expect(CLI.files(in: folder) == ["other.txt", "report.html", "report.txt"])
        #expect(try String(contentsOf: folder.appendingPathComponent("other.txt"), encoding: .utf8) == "finished")
    }
}

/// A published HTML page large enough to make libxml2's tree run to gigabytes is refused unread.
@Suite struct LargeHTMLTests {
    @Test func anHTMLPageOver6MBIsRefusedAtOnce() throws {
        let folder = try CLI.temporaryFolder()
        let page = folder.appendingPathComponent("big.html")
        let row = "<tr>" + String(repeating: "<td>1</td>", count: 100) + "</tr>\n"
        try ("<html><body><table>" + String(repeating: row, count: 7_000) + "</table></body></html>").write(to: page, atomically: true, encoding: .utf8)
        let run = try CLI.run(["check", page.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("big.html:1:1: error: the file is larger than 6 MB"), "\(run.stderr)")
    }
}

/// A small .docx that unpacks to millions of tags is refused before libxml2 builds its tree.
@Suite struct SmallHostileWordTests {
    @Test func aMillionCellsInOneRowAreRefusedQuicklyAndSmall() throws {
        let folder = try CLI.temporaryFolder()
        let cells = String(repeating: "<w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>", count: 1_000_000)
        let xml = "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + "<w:tbl><w:tr>" + cells + "</w:tr></w:tbl></w:body></w:document>"
        try xml.write(to: folder.appendingPathComponent("document.xml"), atomically: true, encoding: .utf8)
        let zip = try CLI.run(["-c", """
            import sys, zipfile
            with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
                z.write(sys.argv[2], "word/document.xml")
            """, folder.appendingPathComponent("cells.docx").path, folder.appendingPathComponent("document.xml").path], executable: "python3")
        #expect(zip.status == 0, "\(zip.stderr)")
        let run = try CLI.run(["check", folder.appendingPathComponent("cells.docx").path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("error: the file cannot be read as a Word paper: word/document.xml has more than 2000000 elements"), "\(run.stderr)")
    }
}
