import Foundation
import Tabled
import TabledLayout
import TabledMarkdown
import TabledModel
import Testing

/// `tabled check` runs every check `tabled render` runs: for every Example and every corpus
/// paper, the entry point finds the same diagnostics whether it is asked to check or to render.
@Suite struct CheckMatchesRenderTests {
    static let papers: [String] = {
        let manager = FileManager.default
        let examples = ((try? manager.contentsOfDirectory(atPath: TestSupport.root.appendingPathComponent("Examples").path)) ?? [])
            .flatMap { folder in
                ((try? manager.contentsOfDirectory(atPath: TestSupport.root.appendingPathComponent("Examples/\(folder)").path)) ?? [])
                    .filter { $0.hasSuffix(".yaml") && $0 != "style.yaml" }.map { "Examples/\(folder)/\($0)" }
            }
        let corpus = ((try? manager.contentsOfDirectory(atPath: TestSupport.root.appendingPathComponent("Tests/Corpus").path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.map { "Tests/Corpus/\($0)" }
        return (examples + corpus).sorted()
    }()

    @Test func thereArePapersToCompare() {
        #expect(Self.papers.count > 80)
    }

    @Test(arguments: papers)
    func checkFindsWhatRenderFinds(_ paper: String) throws {
        let renderer = try PaperRenderer()
        // Agendas and decision records are other commands' business.
        guard case .text(let text) = TestSupport.files.read(paper), InputKind(file: paper, text: text) == .paper else { return }
        func found(_ goal: PaperRenderer.Goal) -> [String] {
            renderer.process(paper, from: TestSupport.files, goal: goal).diagnostics
                .map { "\($0.location.line):\($0.location.column) \($0.id)" }.sorted()
        }
        #expect(found(.check) == found(.render))
    }
}

/// `check` parses only the prose that could hold a finding; what it passes over must hold none.
@Suite struct ProseFilterTests {
    @Test func proseTooDeepIsNeverPassedOver() {
        var generator = SystemRandomNumberGenerator()
        var deep = 0
        for _ in 0..<3000 {
            // Quotes and list items nested on one line, then emphasis nested inside: texts that
            // come near the limit from both sides, with words and dashes mixed in.
            let blocks = (0..<Int.random(in: 0...40, using: &generator)).map { _ in ["> ", "- ", "* ", "+ ", "1. ", "2) "].randomElement(using: &generator)! }
            let marks = (0..<Int.random(in: 0...30, using: &generator)).map { _ in ["*", "_", "~~", "**"].randomElement(using: &generator)! }
            let filler = ["", "a ", "2009-10 ", "e-mail "].randomElement(using: &generator)!
            let text = blocks.joined() + marks.map { $0 + filler }.joined() + "x" + marks.reversed().joined()
            if CommonMarkConverter.parse(text).flattenedAt != nil {
                deep += 1
                #expect(ProseCheck.mayFind([text]), "passed over prose nested too deep: \(text.debugDescription)")
            }
        }
        // Long runs of quote markers nest past the limit, so the property is tried.
        let quotes = String(repeating: ">", count: 60) + " x"
        #expect(CommonMarkConverter.parse(quotes).flattenedAt != nil)
        #expect(ProseCheck.mayFind([quotes]))
        #expect(deep > 0, "no random text nested too deep")
    }

    @Test func plainProseIsPassedOver() {
        #expect(!ProseCheck.mayFind(["The 2009-10 budget rose by 3.5% (see the table below); e-mail the officer."]))
        #expect(ProseCheck.mayFind(["See [the plan](../plan.pdf)."]))
        #expect(ProseCheck.mayFind(["Online at https://example.org"]))
        #expect(ProseCheck.mayFind(["Online at www.example.org"]))
    }
}
