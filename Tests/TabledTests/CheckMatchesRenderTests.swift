import Foundation
import Tabled
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
