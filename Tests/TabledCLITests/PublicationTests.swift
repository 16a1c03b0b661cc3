import Foundation
import Testing

/// PDF through WeasyPrint, house-style rules and template overrides, as a council's web team would use them.
@Suite struct PublicationTests {
    let brent = CLI.root.appendingPathComponent("Examples/brent-2014-mental-health/report.yaml").path
    let oxfordshire = CLI.root.appendingPathComponent("Examples/oxfordshire-2006-learning-disability/report.yaml").path

    @Test func pdfHasARunningHeaderPageNumbersAndAPageOneThatIsNotBlank() throws {
        let out = try CLI.temporaryFolder()
        let run = try CLI.run(["render", brent, "--format", "pdf", "-o", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(CLI.files(in: out) == ["report.pdf"])
        let pdf = out.appendingPathComponent("report.pdf").path
        let text = try CLI.pdfText(pdf)
        #expect(text.contains("Executive, 17 February 2014"))
        #expect(text.contains("Page 1 of "))
        #expect(text.contains("539,572"))
        // Page 1 as a picture: a blank page is all white.
        let png = out.appendingPathComponent("page")
        _ = try CLI.poppler("pdftoppm", ["-r", "40", "-gray", "-f", "1", "-l", "1", "-png", pdf, png.path])
        let image = try #require(CLI.files(in: out).first { $0.hasPrefix("page") })
        let size = try #require(try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent(image).path)[.size] as? Int)
        let ink = try CLI.poppler("pdftoppm", ["-r", "20", "-gray", "-f", "1", "-l", "1", pdf]).filter { $0 < 128 }.count
        #expect(size > 1_000)
        #expect(ink > 50, "page 1 has \(ink) dark pixels; a blank page has none")
    }

    static let examples: [String] = {
        let folder = CLI.root.appendingPathComponent("Examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().flatMap { name -> [String] in
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(name).path)) ?? []
            return files.filter { $0.hasSuffix(".yaml") && $0 != "as-published.yaml" && $0 != "style.yaml" }.sorted()
                .map { "Examples/\(name)/\($0)" }
        }
    }()

    @Test(arguments: examples)
    func everyExamplePrintsToPDFWithAPageOneThatIsNotBlank(_ example: String) throws {
        let out = try CLI.temporaryFolder()
        let run = try CLI.run(["render", CLI.root.appendingPathComponent(example).path, "--format", "pdf", "-o", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        let pdf = try #require(CLI.files(in: out).first { $0.hasSuffix(".pdf") })
        let path = out.appendingPathComponent(pdf).path
        #expect(try CLI.pdfText(path).contains("Page 1 of "))
        let ink = try CLI.poppler("pdftoppm", ["-r", "20", "-gray", "-f", "1", "-l", "1", path]).filter { $0 < 128 }.count
        #expect(ink > 50, "page 1 of \(example) has \(ink) dark pixels")
    }

    @Test func withoutWeasyPrintPDFIsAClearUsageError() throws {
        let out = try CLI.temporaryFolder()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = ["render", brent, "--format", "html,pdf", "-o", out.path]
        process.environment = ["PATH": "/nonexistent"]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(message.contains("apt-get install weasyprint"))
        #expect(CLI.files(in: out).isEmpty)
    }

    @Test func aBodysRequiredImplicationIsEnforced() throws {
        let folder = try CLI.temporaryFolder()
        try """
        bodies:
          Cabinet: {implications: [legal, financial, equalities]}
        """.write(to: folder.appendingPathComponent("style.yaml"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["render", oxfordshire, "--style", "style.yaml", "-o", "out"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("error: reports to Cabinet must state their legal implications, and this one does not [report.missing-implication]"))
        #expect(run.stderr.contains("style.yaml:2:28: note: the house style's rule for Cabinet"))
        #expect(CLI.files(in: folder) == ["style.yaml"])
    }

    @Test func aCouncilOverridesOnlyTheHeaderByInheritance() throws {
        let folder = try CLI.temporaryFolder()
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try """
        {{<tabled-report}}
        {{$header}}
        **Anytown Borough Council** · {{#meeting}}{{body}}, {{date}}{{/meeting}}

        # {{title}}

        {{/header}}
        {{/tabled-report}}
        """.write(to: templates.appendingPathComponent("report.md.mustache"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["render", oxfordshire, "--templates", "templates", "--format", "text", "-o", "out"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("out/report.txt"), encoding: .utf8)
        #expect(text.hasPrefix("Anytown Borough Council · Cabinet, 21 March 2006\n\nLearning Disability Service Partnership\n===="))
        #expect(text.contains("1.1   confirm the arrangements"), "the rest of the default template is kept")
    }

    @Test func aTemplateNamingAMissingVariableIsRefused() throws {
        let folder = try CLI.temporaryFolder()
        try "{{! facts }}\n{{#facts}}\n- {{nmae}}: {{value}}\n{{/facts}}\n".write(to: folder.appendingPathComponent("facts.md.mustache"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["render", oxfordshire, "--templates", folder.path, "-o", folder.appendingPathComponent("out").path])
        #expect(run.status == 2)
        #expect(run.stderr == "tabled: error: template 'facts.md.mustache': line 3: 'nmae' is not in the view model, so it would print nothing\n")
        #expect(CLI.files(in: folder) == ["facts.md.mustache"])
    }
}

/// A table too long for a page runs on with its header repeated and says at the head of each
/// page it continues onto that it is continued; the page it starts on does not.
@Suite struct LongTablePrintTests {
    @Test func aLongTablesContinuationIsCaptioned() throws {
        let out = try CLI.temporaryFolder()
        let run = try CLI.run(["render", CLI.root.appendingPathComponent("Tests/Fixtures/long-table.yaml").path, "--format", "pdf", "-o", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        let pdf = out.appendingPathComponent("long-table.pdf").path
        func page(_ number: Int) throws -> String {
            try CLI.run(["-f", "\(number)", "-l", "\(number)", "-layout", pdf, "-"], executable: "pdftotext").stdout
        }
        let caption = "Table 1: Revenue budget and forecast by service and area, month 9"
        #expect(try !page(1).contains(caption + " (continued)"))
        #expect(try page(2).contains(caption + " (continued)"))
        #expect(try page(2).contains("Service and area"), "the header repeats")
    }
}
