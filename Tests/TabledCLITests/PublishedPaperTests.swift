import Foundation
import Testing

/// `tabled check` on papers as they are published: the Brent paper (seed 004) as Markdown,
/// HTML, Word (from pandoc and from LibreOffice) and PDF (from WeasyPrint) gives the same
/// error, located as each format can; bad files are refused with one clear error.
/// The files are in Tests/Published; `scripts/published-fixtures` rebuilds them.
@Suite struct PublishedPaperTests {
    static func path(_ name: String) -> String {
        CLI.root.appendingPathComponent("Tests/Published/\(name)").path
    }

    struct Form: Sendable, CustomTestStringConvertible {
        var file: String
        /// JSON location keys of the first error, beside the line.
        var place: [String: Int]
        var testDescription: String { file }
    }

    static let forms: [Form] = [
        Form(file: "brent.md", place: ["line": 11, "column": 31]),
        Form(file: "brent.html", place: [:]),
        Form(file: "brent.docx", place: ["word_table": 1, "row": 5, "column": 2]),
        Form(file: "brent-libreoffice.docx", place: ["word_table": 1, "row": 5, "column": 2]),
        Form(file: "brent.pdf", place: ["page": 1]),
    ]

    @Test(arguments: forms)
    func brentOverspendIsFoundInEveryForm(_ form: Form) throws {
        let run = try CLI.run(["check", "--format", "json", Self.path(form.file)])
        #expect(run.status == 1, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.first?["tables"] as? Int == 2)
        #expect(files.first?["checked"] as? Int == 2)
        let errors = try #require(object["diagnostics"] as? [[String: Any]]).filter { $0["severity"] as? String == "error" }
        #expect(errors.count == 2)
        let first = try #require(errors.first)
        #expect(first["id"] as? String == "table.total-mismatch")
        #expect(first["expected"] as? String == "539572")
        #expect(first["actual"] as? String == "376961")
        #expect(first["difference"] as? String == "-162611")
        #expect((first["line"] as? Int ?? 0) > 0)
        for (key, value) in form.place {
            #expect(first[key] as? Int == value, "\(key)")
        }
        // The notes pointing at the figures added are located the same way.
        let note = try #require((first["notes"] as? [[String: Any]])?.first)
        for key in ["page", "word_table"] where form.place[key] != nil {
            #expect(note[key] as? Int == form.place[key], "note \(key)")
        }
    }

    /// A caption set under its table (scripts/caption-below-fixtures.py) names it in Word, in
    /// the PDF LibreOffice prints and in the HTML it saves, not the heading above.
    @Test(arguments: ["caption-below.docx", "caption-below.pdf", "caption-below.html"])
    func aCaptionUnderItsTableNamesIt(_ file: String) throws {
        let run = try CLI.run(["check", "--format", "json", Self.path(file)])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let tables = try #require(object["tables"] as? [[String: Any]])
        #expect(tables.map { $0["table"] as? String } == ["Table 5: Forecast outturn, Environment directorate"])
        #expect(tables.first?["verdict"] as? String == "adds-up")
        #expect(tables.first?["figures_checked"] as? Int == 15)
    }

    /// A band table printed wider than the page: WeasyPrint's print cuts Band H at the edge
    /// ("5,195.1" of 5,195.15). Those figures are illegible, never accused, and counted as
    /// not checked; the other bands are checked.
    @Test func figuresCutByThePageEdgeAreNotCheckedAndSaidSo() throws {
        let run = try CLI.run(["check", "--format", "json", Self.path("band-table-cut-by-page.pdf")])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let tables = try #require(object["tables"] as? [[String: Any]])
        #expect(tables.first?["figures"] as? Int == 56)
        #expect(tables.first?["figures_checked"] as? Int == 49)
    }

    @Test func textDiagnosticsNameTheWordTableAndThePDFPage() throws {
        let word = try CLI.run(["check", Self.path("brent.docx")])
        #expect(word.stderr.contains("brent.docx:table 1:row 5:column 2: error: "))
        let pdf = try CLI.run(["check", Self.path("brent.pdf")])
        #expect(pdf.stderr.contains("brent.pdf:page 1:line "))
        #expect(pdf.stderr.contains("says 376,961"))
    }

    @Test(arguments: [
        ("corrupt.docx", "it is not a zip archive"),
        ("zip-bomb.docx", "larger than 64 MB unpacked"),
        ("entity-attribute.docx", "declares XML entities"),
        ("encrypted.pdf", "it is encrypted"),
        ("image-only.pdf", "no text to read"),
        ("crc.docx", "fails its CRC-32 check"),
        ("dense-pages.pdf", "more than a paper of 24 KB holds"),
        ("dense-page.pdf", "the time allowed a file of 9 KB"),
    ])
    func aBadPaperIsOneClearError(_ file: String, _ why: String) throws {
        let run = try CLI.run(["check", Self.path(file)])
        #expect(!run.crashed)
        #expect(run.status == 1)
        #expect(run.stderr.contains("[input.unreadable-paper]"), "\(run.stderr)")
        #expect(run.stderr.contains(why), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").filter { $0.contains(": error: ") }.count == 1)
    }

    /// Checked together, the files are read on Dispatch's threads, whose children start with
    /// SIGTERM blocked: poppler must still be stopped, or the run never ends.
    @Test func denseSmallPDFsCheckedTogetherAreBothRefused() throws {
        let run = try CLI.run(["check", Self.path("dense-page.pdf"), Self.path("dense-pages.pdf"), Self.path("brent.pdf")])
        #expect(run.status == 1)
        #expect(run.stderr.contains("dense-page.pdf:1:1: error:"), "\(run.stderr)")
        #expect(run.stderr.contains("dense-pages.pdf:1:1: error:"), "\(run.stderr)")
        #expect(run.stdout.contains("brent.pdf: 2 tables, 2 checked"), "\(run.stdout)")
    }

    @Test func tenThousandNestedTablesAreReadWithoutCrashing() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let depth = 10_000
        let inner = "<table><tr><th>Item</th><th>£</th></tr><tr><td>A</td><td>1</td></tr><tr><td>B</td><td>2</td></tr>"
            + "<tr><td>Total</td><td>4</td></tr></table>"
        let page = String(repeating: "<table><tr><td>", count: depth) + inner + String(repeating: "</td></tr></table>", count: depth)
        let file = folder.appendingPathComponent("nested.html")
        try Data(page.utf8).write(to: file)
        let run = try CLI.run(["check", file.path])
        #expect(!run.crashed)
        #expect([0, 1].contains(run.status), "\(run.stderr)")
        #expect(!run.stderr.contains("Fatal"))
    }

    @Test func aTwoHundredMegabyteFileIsRefusedUnread() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("huge.pdf")
        FileManager.default.createFile(atPath: file.path, contents: nil)
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 200 * 1024 * 1024)
        try handle.close()
        let run = try CLI.run(["check", file.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("[input.too-large]"), "\(run.stderr)")
    }

    /// The zip layer is outside the fuzz target (the command line unzips, from the file), so
    /// damaged copies of a real .docx go through the binary: never a crash, always a verdict.
    @Test func damagedWordFilesAreRefusedNotCrashedOn() throws {
        let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.path("brent.docx"))))
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var random = SystemRandomNumberGenerator()
        for trial in 0..<40 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...20, using: &random) {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            if trial % 3 == 0 { bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &random))) }
            let file = folder.appendingPathComponent("damaged-\(trial).docx")
            try Data(bytes).write(to: file)
            let run = try CLI.run(["check", file.path])
            #expect(!run.crashed && [0, 1].contains(run.status), "trial \(trial): \(run.stderr)")
        }
    }

    @Test func aMissingPublishedFileIsAUsageError() throws {
        let run = try CLI.run(["check", "/nonexistent/paper.docx"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("no such file"))
    }

    // MARK: The review page

    /// The test: Brent's review page shows both figures and highlights the total cell,
    /// whichever form the paper was published in.
    @Test(arguments: forms)
    func theReviewPageHighlightsBrentsWrongTotal(_ form: Form) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["check", "--format", "html", "-o", folder.path, Self.path(form.file)])
        #expect(run.status == 1, "\(run.stderr)")
        let name = (form.file as NSString).deletingPathExtension + ".review.html"
        #expect(run.stdout.contains("review written to \(folder.appendingPathComponent(name).path)"), "\(run.stdout)")
        let page = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        #expect(page.contains("2 of 2 tables do not add up."))
        let cells = page.components(separatedBy: "<td class=\"figure flagged error\"").dropFirst()
        #expect(cells.count == 2, "both tables' closing rows are highlighted")
        let cell = try #require(cells.first?.components(separatedBy: "</td>").first)
        #expect(cell.contains("376,961</mark>"), "the printed total, as printed: \(cell)")
        #expect(cell.contains("expected <b>539,572</b>"))
        #expect(cell.contains("printed <b>376,961</b>"))
        // As the message words it, in the style the paper prints negatives in.
        #expect(cell.contains("difference <b>(162,611)</b>"))
        #expect(page.components(separatedBy: "162,611").count - 1 == page.components(separatedBy: "(162,611)").count - 1, "one difference, one wording")
        #expect(!page.contains("flagged error\" id=\"table-1-r1-"), "only the total is highlighted, not the rows it adds")
        // Both tables as found: every label and figure is on the page.
        for words in ["Overspend at beginning of 2013-14", "996,467", "820,232", "363,337", "Forecast position Dec 2013"] {
            #expect(page.contains(words), "\(words)")
        }
    }

    @Test func theReviewPageSaysWhyATableWasNotChecked() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let paper = folder.appendingPathComponent("staffing.md")
        try Data("""
        # Staffing

        | Team | Posts | Vacant |
        |------|------:|-------:|
        | North | 12 | 2 |
        | South | 9 | 1 |

        """.utf8).write(to: paper)
        let run = try CLI.run(["check", "--format", "html", paper.path])
        #expect(run.status == 0, "\(run.stderr)")
        let page = try String(contentsOf: folder.appendingPathComponent("staffing.review.html"), encoding: .utf8)
        #expect(page.contains("<span class=\"badge not-checked\">Not checked</span>"))
        #expect(page.contains("<div class=\"why\">"))
        #expect(page.contains("No table could be checked."))
    }

    @Test func papersOfOneNameGetReviewPagesOfTheirOwn() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["check", "--format", "html", "-o", folder.path, Self.path("brent.md"), Self.path("brent.pdf")])
        #expect(run.status == 1)
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(written == ["brent-md.review.html", "brent-pdf.review.html"])
    }

    @Test func anOutputFolderWithoutTheHTMLFormatIsAUsageError() throws {
        let run = try CLI.run(["check", "-o", "/tmp", Self.path("brent.md")])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--output is for the review pages of --format html"), "\(run.stderr)")
    }

    /// On a full disk every review page is written whole or not at all, and no temporary file
    /// is left for no later run to remove. Needs a small tmpfs: mounted where the tests run as
    /// root (as CI does), skipped elsewhere.
    @Test func aFullDiskLeavesNoTemporaryFiles() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let mount = try CLI.run(["-t", "tmpfs", "-o", "size=24k", "tmpfs", folder.path], executable: "/bin/mount")
        guard mount.status == 0 else { return }
        defer { _ = try? CLI.run([folder.path], executable: "/bin/umount") }
        let papers = ["brent.md", "brent.html", "brent.docx", "brent.pdf", "brent-libreoffice.docx"].map(Self.path)
        let run = try CLI.run(["check", "--format", "html", "-o", folder.path] + papers)
        #expect(run.status == 3, "\(run.stderr)")
        #expect(run.stderr.contains("tabled: error: cannot write"), "\(run.stderr)")
        let left = CLI.files(in: folder)
        #expect(!left.isEmpty && left.allSatisfy { $0.hasSuffix(".review.html") }, "\(left)")
    }

    @Test func aReviewPageThatCannotBeWrittenIsAWriteFailure() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let blocker = folder.appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        let run = try CLI.run(["check", "--format", "html", "-o", blocker.appendingPathComponent("reviews").path, Self.path("brent.md")])
        #expect(run.status == 3, "\(run.stderr)")
        #expect(run.stderr.contains("cannot create"), "\(run.stderr)")
    }
}
