import Foundation
import Testing
import Tabled
import TabledModel
import TabledPresent
import TabledReader

/// Every Example renders exactly as its golden files say.
///
/// Set TABLED_RECORD=1 to re-record the goldens after an intended change; a failure
/// prints a unified diff.
@Suite struct GoldenTests {
    static let examples: [String] = {
        let folder = TestSupport.root.appendingPathComponent("Examples")
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return folders.sorted().flatMap { name -> [String] in
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(name).path)) ?? []
            return files.filter { $0.hasSuffix(".yaml") && $0 != "as-published.yaml" && $0 != "style.yaml" }.sorted().map { "Examples/\(name)/\($0)" }
        }
    }()

    @Test func everyExampleFolderHasAPaper() {
        #expect(Self.examples.count >= 5)
    }

    @Test(arguments: examples)
    func matchesGolden(_ example: String) throws {
        // An Example with its council's style.yaml is rendered in that style.
        let styleFile = example.split(separator: "/").dropLast().joined(separator: "/") + "/style.yaml"
        var style = HouseStyle.standard
        if let text = try? TestSupport.read(styleFile) {
            style = try #require(StyleReader.read(text, file: styleFile).style)
        }
        let renderer = try PaperRenderer(style: style)
        // Through the entry point the commands use, the Example's appendix files read from its folder.
        let outcome = renderer.process(example, from: TestSupport.files, goal: .render)
        let paper = try #require(outcome.paper, "\(outcome.diagnostics.map(\.message))")
        let parts = example.split(separator: "/")
        let name = String(parts[2].dropLast(".yaml".count))
        let goldenFolder = TestSupport.root.appendingPathComponent("Tests/Golden/\(parts[1])")
        // The shared stylesheet is kept out of the goldens, so that a CSS change does not
        // rewrite every one of them; the page's own rules (running header, colours) stay.
        let stylesheet = TemplateSet.defaults.stylesheet
        #expect(paper.html.contains(stylesheet))
        let html = paper.html.replacingOccurrences(of: stylesheet, with: "/* Templates/paper.css */\n")
        for (ext, contents) in [("html", html), ("txt", paper.text)] {
            let golden = goldenFolder.appendingPathComponent("\(name).\(ext)")
            if ProcessInfo.processInfo.environment["TABLED_RECORD"] == "1" {
                try FileManager.default.createDirectory(at: goldenFolder, withIntermediateDirectories: true)
                try contents.write(to: golden, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try? String(contentsOf: golden, encoding: .utf8)
            guard let expected else {
                Issue.record("no golden file \(golden.path); record it with TABLED_RECORD=1")
                continue
            }
            if expected != contents {
                Issue.record("\(golden.lastPathComponent) differs from its golden:\n\(Self.diff(expected, contents))")
            }
        }
    }

    @Test func thePublishedBrentReportIsRefused() throws {
        let source = try TestSupport.read("Examples/brent-2014-mental-health/as-published.yaml")
        let outcome = try PaperRenderer().render(source, file: "as-published.yaml")
        #expect(outcome.paper == nil)
        let mismatches = outcome.diagnostics.filter { $0.id == "table.total-mismatch" }
        #expect(mismatches.count == 2)
        for d in mismatches {
            #expect(d.arithmetic?.expected.decimal == "539572")
            #expect(d.arithmetic?.actual.decimal == "376961")
            #expect(d.arithmetic?.difference.decimal == "-162611")
        }
    }

    /// Annex 1a as Oxfordshire printed it: a variation of -12,170 on 12,170 printed as 100%,
    /// and a percentage of a programme of 0.
    @Test func thePublishedOxfordshireAnnexIsRefused() throws {
        let source = try TestSupport.read("Examples/oxfordshire-2021-capital-outturn/as-published.yaml")
        let outcome = try PaperRenderer().render(source, file: "as-published.yaml")
        #expect(outcome.paper == nil)
        let errors = outcome.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.id) == ["table.formula-mismatch", "table.division-by-zero"], "\(errors.map(\.message))")
        #expect(errors.first?.arithmetic?.expected.decimal == "-100")
        #expect(errors.first?.arithmetic?.actual.decimal == "100")
    }

    /// A unified diff from the system's diff, so a failure shows exactly what changed.
    static func diff(_ expected: String, _ actual: String) -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tabled-golden-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("expected"), b = folder.appendingPathComponent("actual")
        try? expected.write(to: a, atomically: true, encoding: .utf8)
        try? actual.write(to: b, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/diff")
        process.arguments = ["-u", a.path, b.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch { return "(diff unavailable: \(error))" }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data.prefix(20_000), as: UTF8.self)
    }
}
