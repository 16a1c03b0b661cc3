import Foundation
import Testing

/// `--format docx` as an officer uses it: every Example and the Examples' agenda pack open
/// in LibreOffice (Debian's libreoffice-writer-nogui) and print with their paragraph
/// numbers, every figure and the page header.
@Suite(.serialized) struct WordCommandTests {
    /// Prints Word documents to PDF with LibreOffice, all in one run (it starts slowly).
    static func printWithLibreOffice(_ files: [URL], into folder: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["soffice", "--headless", "-env:UserInstallation=file://\(folder.path)/profile", "--convert-to", "pdf",
                             "--outdir", folder.path] + files.map(\.path)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "soffice is installed by make test-deps")
    }

    /// Paragraph numbers and figures as the plain text prints them: what the PDF must show too.
    static func numbersAndFigures(_ text: String) -> Set<String> {
        var found = Set<String>()
        for line in text.split(separator: "\n") {
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            if let first = words.first, first.first?.isNumber == true, first.contains("."), line.contains("   ") {
                found.insert(String(first))
            }
            for word in words where word.contains(where: \.isNumber) && (word.contains(",") || word.contains(".")) {
                let figure = word.trimmingCharacters(in: CharacterSet(charactersIn: "£;:,.()"))
                if figure.allSatisfy({ $0.isNumber || $0 == "," || $0 == "." || $0 == "-" }) && figure.count >= 3 { found.insert(figure) }
            }
        }
        return found
    }

    @Test func everyExampleOpensInLibreOfficeWithItsNumbersAndFigures() throws {
        let out = try CLI.temporaryFolder()
        var documents: [URL] = []
        for example in PublicationTests.examples {
            let name = URL(fileURLWithPath: example).deletingLastPathComponent().lastPathComponent
            let run = try CLI.run(["render", CLI.root.appendingPathComponent(example).path, "--format", "docx,text",
                                   "-o", out.appendingPathComponent(name).path])
            #expect(run.status == 0, "\(example): \(run.stderr)")
            let folder = out.appendingPathComponent(name)
            // Several Examples are report.docx: each is printed under its folder's name. A folder
            // may hold two Examples, so only this one's document is taken.
            let stem = URL(fileURLWithPath: example).deletingPathExtension().lastPathComponent
            for file in CLI.files(in: folder) where file == stem + ".docx" || file == stem + "-confidential.docx" {
                let unique = out.appendingPathComponent("\(name)--\(file)")
                try FileManager.default.copyItem(at: folder.appendingPathComponent(file), to: unique)
                try FileManager.default.copyItem(at: folder.appendingPathComponent(file).deletingPathExtension().appendingPathExtension("txt"),
                                                 to: unique.deletingPathExtension().appendingPathExtension("txt"))
                documents.append(unique)
            }
        }
        #expect(documents.count == PublicationTests.examples.count)
        let printed = out.appendingPathComponent("printed")
        try Self.printWithLibreOffice(documents, into: printed)
        for document in documents {
            let pdf = printed.appendingPathComponent(document.deletingPathExtension().lastPathComponent + ".pdf")
            let text = try CLI.pdfText(pdf.path)
            let plain = try String(contentsOf: document.deletingPathExtension().appendingPathExtension("txt"), encoding: .utf8)
            let missing = Self.numbersAndFigures(plain).filter { !text.contains($0) }
            #expect(missing.isEmpty, "\(document.lastPathComponent): not printed: \(missing.sorted())")
            #expect(text.contains("Page 1 of"), "\(document.lastPathComponent): no page footer")
        }
    }

    @Test func theAgendaPackOpensInLibreOfficeWithItsHeaderAndEveryItem() throws {
        let out = try CLI.temporaryFolder()
        let run = try CLI.run(["pack", CLI.root.appendingPathComponent("Examples/cabinet-agenda.yaml").path, "--format", "html,docx",
                               "-o", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        let meeting = out.appendingPathComponent("cabinet-2006-03-21")
        let packs = [meeting.appendingPathComponent("public-pack.docx"), meeting.appendingPathComponent("confidential/confidential-pack.docx")]
        try Self.printWithLibreOffice(packs, into: out.appendingPathComponent("printed"))
        let publicText = try CLI.pdfText(out.appendingPathComponent("printed/public-pack.pdf").path)
        #expect(publicText.contains("Cabinet, 21 March 2006"))
        #expect(publicText.contains("Public Document Pack"))
        #expect(publicText.contains("Learning Disability Service Partnership"))
        #expect(publicText.contains("59.4"), "the learning disability report's table is in the public pack")
        #expect(!publicText.contains("NOT FOR PUBLICATION"))
        #expect(!publicText.contains("1,185,000"), "an exempt figure reached the public pack")
        let confidentialText = try CLI.pdfText(out.appendingPathComponent("printed/confidential-pack.pdf").path)
        #expect(confidentialText.contains("NOT FOR PUBLICATION"))
    }

    @Test func theSameInputGivesTheSameWordBytes() throws {
        let paper = CLI.root.appendingPathComponent("Examples/brent-2014-mental-health/report.yaml").path
        let a = try CLI.temporaryFolder(), b = try CLI.temporaryFolder()
        #expect(try CLI.run(["render", paper, "--format", "docx", "-o", a.path]).status == 0)
        #expect(try CLI.run(["render", paper, "--format", "docx", "-o", b.path]).status == 0)
        #expect(try Data(contentsOf: a.appendingPathComponent("report.docx")) == Data(contentsOf: b.appendingPathComponent("report.docx")))
    }

    /// A council's reference.docx restyles Word output, as Pandoc's does.
    @Test func aReferenceDocxGivesItsStyles() throws {
        let folder = try CLI.temporaryFolder()
        let styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><!-- council -->"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:rPr><w:color w:val=\"AB1234\"/></w:rPr></w:style></w:styles>"
        try styles.write(to: folder.appendingPathComponent("styles.xml"), atomically: true, encoding: .utf8)
        let zip = try CLI.run(["-c", "import zipfile; z = zipfile.ZipFile('reference.docx', 'w'); z.write('styles.xml', 'word/styles.xml'); z.close()"],
                              in: folder, executable: "python3")
        #expect(zip.status == 0, "\(zip.stderr)")
        let paper = CLI.root.appendingPathComponent("Examples/brent-2014-mental-health/report.yaml").path
        let run = try CLI.run(["render", paper, "--format", "docx", "--templates", folder.path, "-o", folder.appendingPathComponent("out").path])
        #expect(run.status == 0, "\(run.stderr)")
        let read = try CLI.run(["-c", "import zipfile; print(zipfile.ZipFile('out/report.docx').read('word/styles.xml').decode())"],
                               in: folder, executable: "python3")
        #expect(read.stdout.contains("AB1234"))
        // Not a Word document at all: refused before anything is written.
        try "not a zip".write(to: folder.appendingPathComponent("reference.docx"), atomically: true, encoding: .utf8)
        let bad = try CLI.run(["render", paper, "--format", "docx", "--templates", folder.path, "-o", folder.appendingPathComponent("bad").path])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("template 'reference.docx': it is not a Word document"), "\(bad.stderr)")
    }
}

/// In Word, a wide table's header words stay whole: each column is at least as wide as its
/// longest header word and figure.
@Suite struct WordHeaderWordsTests {
    @Test func oxfordshiresHeaderWordsAreNotBrokenWhenLibreOfficePrintsTheWordFile() throws {
        let out = try CLI.temporaryFolder()
        let run = try CLI.run(["render", CLI.root.appendingPathComponent("Examples/oxfordshire-2021-capital-outturn/annex-1a.yaml").path,
                               "--format", "docx", "-o", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        let office = try CLI.run(["--headless", "--convert-to", "pdf", "--outdir", out.path, out.appendingPathComponent("annex-1a.docx").path],
                                 executable: "soffice")
        #expect(office.status == 0, "\(office.stderr)")
        let text = try CLI.run(["-layout", out.appendingPathComponent("annex-1a.pdf").path, "-"], executable: "pdftotext").stdout
        for broken in ["Programm ", "Expenditur ", "Programm\n", "Expenditur\n"] {
            #expect(!text.contains(broken), "a header word is broken: '\(broken)'")
        }
        #expect(text.contains("Expenditure") && text.contains("Programme"))
    }
}
