import Testing
import Tabled
import TabledModel
import TabledReader

/// Runs every case in Spec/references.md: numbering and cross-references, by example.
@Suite struct ReferenceSpecTests {
    struct SpecCase: CustomTestStringConvertible, Sendable {
        var title: String
        var paper: String
        var style: String?
        var texts: [String]
        var expect: [String]
        var testDescription: String { title }
    }

    /// The loader below cannot throw; this says so if it could not read the spec.
    @Test func specFileIsRead() throws {
        _ = try TestSupport.read("Tests/TabledTests/Spec/references.md")
        #expect(Self.cases.count >= 9)
    }

    static let cases: [SpecCase] = {
        guard let text = try? TestSupport.read("Tests/TabledTests/Spec/references.md") else { return [] }
        var cases: [SpecCase] = []
        var current: SpecCase?
        var block: String?
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if let kind = block {
                guard line == "```" else { lines.append(line); continue }
                let body = lines.joined(separator: "\n")
                switch kind {
                case "paper": current?.paper = body + "\n"
                case "style": current?.style = body + "\n"
                case "text": current?.texts.append(body)
                case "expect": current?.expect = lines.filter { !$0.isEmpty }
                default: break
                }
                block = nil
                lines = []
            } else if line.hasPrefix("## ") {
                if let done = current { cases.append(done) }
                current = SpecCase(title: String(line.dropFirst(3)), paper: "", style: nil, texts: [], expect: [])
            } else if line.hasPrefix("```") {
                block = String(line.dropFirst(3))
            }
        }
        if let done = current { cases.append(done) }
        return cases
    }()

    @Test func specHasCases() {
        #expect(Self.cases.count >= 9)
    }

    @Test(arguments: cases)
    func specCase(_ spec: SpecCase) throws {
        var style = HouseStyle.standard
        if let text = spec.style { style = try #require(StyleReader.read(text, file: "style.yaml").style) }
        let outcome = try PaperRenderer(style: style).render(spec.paper, file: "spec.yaml")
        let found = outcome.diagnostics.map { "\($0.severity.rawValue) \($0.id) line=\($0.location.line)" }
        #expect(found == spec.expect, "\(outcome.diagnostics.map(\.message))")
        guard !spec.texts.isEmpty else { return }
        let text = try #require(outcome.paper?.text)
        for expected in spec.texts { #expect(text.contains(expected), "\(text)") }
    }
}
