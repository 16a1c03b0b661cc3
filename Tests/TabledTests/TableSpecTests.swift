import Foundation
import Testing
import Tabled
import TabledModel

/// Runs every case in Spec/tables.md: the specification of table checks, by example.
@Suite struct TableSpecTests {
    struct SpecCase: CustomTestStringConvertible, Sendable {
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

    static let cases: [SpecCase] = {
        guard let text = try? TestSupport.read("Tests/TabledTests/Spec/tables.md") else { return [] }
        var cases: [SpecCase] = []
        var title = ""
        var yaml: String?
        var block: String?
        var blockLines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if let kind = block {
                if line == "```" {
                    if kind == "yaml" {
                        yaml = blockLines.joined(separator: "\n")
                    } else if kind == "expect", let y = yaml {
                        cases.append(SpecCase(title: title, yaml: y, expect: blockLines.filter { !$0.isEmpty }))
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
    }()

    @Test func specHasCases() {
        #expect(Self.cases.count >= 20)
    }

    @Test(arguments: cases)
    func specCase(_ spec: SpecCase) {
        let checked = PaperRenderer.check(Self.wrap(spec.yaml), file: "spec.yaml")
        let diagnostics = checked.diagnostics.sortedByLocation().filter { $0.id != "report.table-not-placed" }
        var expectedDiagnostics: [String] = []
        for line in spec.expect {
            if line == "ok" { continue }
            if line.hasPrefix("checked ") {
                let count = Int(line.dropFirst("checked ".count))
                #expect(checked.check?.verdicts["t"]?.identitiesChecked == count, "identities checked")
                continue
            }
            expectedDiagnostics.append(line)
        }
        let actual = diagnostics.map { d -> String in
            var words = ["\(d.severity.rawValue) \(d.id)"]
            let expectsLine = expectedDiagnostics.contains { $0.contains("line=") }
            if expectsLine { words.append("line=\(d.location.line - Self.headerLines)") }
            if let a = d.arithmetic, expectedDiagnostics.contains(where: { $0.contains("expected=") }) {
                words.append("expected=\(a.expected) actual=\(a.actual) difference=\(a.difference)")
            }
            return words.joined(separator: " ")
        }
        #expect(actual == expectedDiagnostics, "\(diagnostics.map(\.message))")
    }
}
