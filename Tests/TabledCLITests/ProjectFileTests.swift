import Foundation
import Testing

/// `tabled.yaml`: a project's style, templates, formats and output folder, found above the
/// paper and overridden by flags; `tabled new project` starts one.
@Suite struct ProjectFileTests {
    func project() throws -> URL {
        let folder = try CLI.temporaryFolder()
        let new = try CLI.run(["new", "project", "council"], in: folder)
        #expect(new.status == 0, "\(new.stderr)")
        #expect(new.stdout.contains("wrote council/tabled.yaml and council/style.yaml"))
        let papers = folder.appendingPathComponent("council/papers")
        try FileManager.default.createDirectory(at: papers, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("Examples/brent-2014-mental-health/report.yaml"),
                                         to: papers.appendingPathComponent("report.yaml"))
        return folder.appendingPathComponent("council")
    }

    @Test func aPaperBelowTheProjectFileTakesItsStyleFormatsAndOutput() throws {
        let council = try project()
        let run = try CLI.run(["render", "papers/report.yaml"], in: council)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "wrote out/report.html\nwrote out/report.txt\n", "\(run.stdout)")
        let html = try String(contentsOf: council.appendingPathComponent("out/report.html"), encoding: .utf8)
        #expect(html.contains("Example Council"), "the project's house style")
        // From inside the papers' folder, the same project is found above it.
        let inside = try CLI.run(["render", "report.yaml", "--format", "text", "-o", "here"], in: council.appendingPathComponent("papers"))
        #expect(inside.status == 0, "\(inside.stderr)")
        #expect(inside.stdout == "wrote here/report.txt\n", "flags override the project: \(inside.stdout)")
        #expect(try String(contentsOf: council.appendingPathComponent("papers/here/report.txt"), encoding: .utf8).contains("Example Council"))
    }

    @Test func aMistakeInTheProjectFileIsLocatedAndNothingIsWritten() throws {
        let council = try project()
        try "style: style.yaml\nformt: pdf\n".write(to: council.appendingPathComponent("tabled.yaml"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["render", "papers/report.yaml"], in: council)
        #expect(run.status == 1)
        #expect(run.stderr.contains("tabled.yaml:2:1: error: unknown key 'formt' in the project file [input.unknown-key]"), "\(run.stderr)")
        #expect(run.stderr.contains("did you mean 'format'?"))
        #expect(!FileManager.default.fileExists(atPath: council.appendingPathComponent("out").path))
        let check = try CLI.run(["check", "papers/report.yaml"], in: council)
        #expect(check.status == 1)
    }

    @Test func newProjectNeverOverwrites() throws {
        let council = try project()
        let again = try CLI.run(["new", "project", "."], in: council)
        #expect(again.status == 2)
        #expect(again.stderr.contains("already exists"))
    }
}
