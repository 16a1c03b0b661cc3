import Foundation
import Testing
import TabledReader
import Tabled
import TabledCheck
import TabledModel

/// Runs every case in Spec/tables.md: the specification of table checks, by example.
@Suite struct TableSpecTests {
    struct SpecCase: CustomTestStringConvertible, Sendable {
        /// `yaml`: one table, wrapped in a paper; `paper`: a whole YAML paper; `markdown`: a Markdown paper.
        var kind: String
        var title: String
        var yaml: String
        var expect: [String]
        var testDescription: String { title }
    }

    /// Lines in the wrapper YAML before the case's own first line.
    static let headerLines = 9

    static func wrap(_ yaml: String) -> String {
        let indented = yaml.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
        return """
        kind: annex
        title: Spec
        sections:
          - title: S
            paragraphs:
              - table: t
        tables:
          - id: t
            caption: Spec table
        \(indented)
        """
    }

    static let files = ["tables.md", "markdown-tables.md", "inference.md"]

    static let cases: [SpecCase] = files.flatMap { spec in
        (try? TestSupport.read("Tests/TabledTests/Spec/\(spec)")).map(parse) ?? []
    }

    /// The loader above cannot throw; this says which spec file it could not read.
    @Test(arguments: files)
    func specFileIsRead(_ spec: String) throws {
        let text = try TestSupport.read("Tests/TabledTests/Spec/\(spec)")
        #expect(!Self.parse(text).isEmpty, "\(spec) has no cases")
    }

    static func parse(_ text: String) -> [SpecCase] {
        var cases: [SpecCase] = []
        var title = ""
        var yaml: String?
        var block: String?
        var inputKind = "yaml"
        var blockLines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if let kind = block {
                if line == "```" {
                    if kind == "yaml" || kind == "paper" || kind == "markdown" || kind == "html" {
                        yaml = blockLines.joined(separator: "\n") + "\n"
                        inputKind = kind
                    } else if kind == "expect", let y = yaml {
                        cases.append(SpecCase(kind: inputKind, title: title, yaml: y, expect: blockLines.filter { !$0.isEmpty }))
                        yaml = nil
                    }
                    block = nil
                    blockLines = []
                } else {
                    blockLines.append(line)
                }
            } else if line.hasPrefix("## ") {
                title = String(line.dropFirst(3))
            } else if line.hasPrefix("```") {
                block = String(line.dropFirst(3))
            }
        }
        return cases
    }

    @Test func specHasCases() {
        #expect(Self.cases.count >= 60)
    }

    @Test(arguments: cases)
    func specCase(_ spec: SpecCase) {
        let diagnostics: [Diagnostic]
        let identitiesChecked: Int
        var figures: Int?
        let offset: Int
        switch spec.kind {
        case "markdown":
            let result = PaperChecker.check(spec.yaml, file: "spec.md")
            diagnostics = result.diagnostics
            identitiesChecked = result.verdicts.map(\.identitiesChecked).reduce(0, +)
            figures = result.verdicts.map(\.figures.count).reduce(0, +)
            offset = 0
        case "html":
            let result = PaperChecker.check(HTMLPaperReader.read(Array(spec.yaml.utf8), file: "spec.html"))
            diagnostics = result.diagnostics
            identitiesChecked = result.verdicts.map(\.identitiesChecked).reduce(0, +)
            figures = result.verdicts.map(\.figures.count).reduce(0, +)
            offset = 0
        default:
            let source = spec.kind == "paper" ? spec.yaml : Self.wrap(spec.yaml)
            let checked = PaperRenderer.check(source, file: "spec.yaml")
            diagnostics = checked.diagnostics.filter { $0.id != "report.table-not-placed" }
            identitiesChecked = checked.report?.verdicts.values.map(\.identitiesChecked).reduce(0, +) ?? 0
            offset = spec.kind == "paper" ? 0 : Self.headerLines
        }
        var expectedDiagnostics: [String] = []
        for line in spec.expect {
            if line == "ok" { continue }
            if line.hasPrefix("checked ") {
                #expect(identitiesChecked == Int(line.dropFirst("checked ".count)), "identities checked")
                continue
            }
            if line.hasPrefix("figures ") {
                #expect(figures == Int(line.dropFirst("figures ".count)), "figures read")
                continue
            }
            expectedDiagnostics.append(line)
        }
        let expectsLine = expectedDiagnostics.contains { $0.contains("line=") }
        let expectsFigures = expectedDiagnostics.contains { $0.contains("expected=") }
        let actual = diagnostics.map { d -> String in
            var words = ["\(d.severity.rawValue) \(d.id)"]
            if expectsLine { words.append("line=\(d.location.line - offset)") }
            if let a = d.arithmetic, expectsFigures {
                words.append("expected=\(a.expected.decimal) actual=\(a.actual.decimal) difference=\(a.difference.decimal)")
            }
            return words.joined(separator: " ")
        }
        #expect(actual == expectedDiagnostics, "\(diagnostics.map(\.message))")
    }
}
