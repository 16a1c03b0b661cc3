import Foundation
import Testing

/// Everything Tabled publishes reads back to the verdict of the YAML it came from: every
/// Example and fixture rendered to HTML, Markdown, Word and PDF, and the PDF LibreOffice
/// prints from the Word file, then checked as a reviewer checks a council's paper. The
/// reader sees only what a person sees: Tabled's outputs carry no hidden structure.
@Suite(.serialized) struct RoundTripTests {
    /// One table as `check --format json` reports it.
    struct Found: Equatable, CustomStringConvertible {
        var name: String
        var verdict: String

        var description: String { "\(verdict) '\(name)'" }
    }

    static let papers: [String] = PublicationTests.examples + {
        let folder = CLI.root.appendingPathComponent("Tests/Fixtures")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { "Tests/Fixtures/\($0)" }
    }()

    /// A published caption reads "Table 1: Contributions…"; the YAML's caption is the words after the number.
    static func caption(_ name: String) -> String {
        guard let match = name.firstMatch(of: #/^(Table|Annex|Appendix) [0-9A-Za-z.]+: /#) else { return name }
        return String(name[match.range.upperBound...])
    }

    static func tables(_ path: String) throws -> (found: [Found], errors: Int) {
        let run = try CLI.run(["check", "--format", "json", path])
        #expect(!run.crashed)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(path): \(run.stderr)")
        let tables = try #require(object["tables"] as? [[String: Any]])
        let diagnostics = (object["diagnostics"] as? [[String: Any]]) ?? []
        let found = tables.map { Found(name: caption($0["table"] as? String ?? ""), verdict: $0["verdict"] as? String ?? "") }
        return (found, diagnostics.filter { $0["severity"] as? String == "error" }.count)
    }

    @Test(arguments: papers)
    func everyPublishedFormReadsBackToTheVerdictOfItsYAML(_ paper: String) throws {
        let source = CLI.root.appendingPathComponent(paper).path
        let expected = try Self.tables(source)
        let out = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let render = try CLI.run(["render", source, "--format", "html,markdown,docx,pdf", "-o", out.path])
        #expect(render.status == 0, "\(render.stderr)")
        let words = CLI.files(in: out).filter { $0.hasSuffix(".docx") }.map { out.appendingPathComponent($0) }
        let printed = out.appendingPathComponent("libreoffice")
        try FileManager.default.createDirectory(at: printed, withIntermediateDirectories: true)
        try WordCommandTests.printWithLibreOffice(words, into: printed)
        let forms = CLI.files(in: out).filter { [".html", ".md", ".docx", ".pdf"].contains(where: $0.hasSuffix) }.map { out.appendingPathComponent($0).path }
            + CLI.files(in: printed).filter { $0.hasSuffix(".pdf") }.map { printed.appendingPathComponent($0).path }
        #expect(forms.count == 5, "\(forms)")
        for form in forms {
            let read = try Self.tables(form)
            let shown = (form as NSString).lastPathComponent + (form.contains("/libreoffice/") ? " (LibreOffice)" : "")
            #expect(read.found == expected.found, "\(shown)")
            if expected.errors == 0 { #expect(read.errors == 0, "\(shown): an error on a paper that adds up") }
        }
    }
}
