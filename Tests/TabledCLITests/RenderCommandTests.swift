import Foundation
import Testing

/// `tabled render`, run as a user would: stdout, stderr, exit code and the files written.
@Suite struct RenderCommandTests {
    let example = CLI.root.appendingPathComponent("Examples/oxfordshire-2006-learning-disability/report.yaml").path
    let published = CLI.root.appendingPathComponent("Examples/brent-2014-mental-health/as-published.yaml").path

    @Test func rendersHTMLAndTextIntoTheOutputFolder() throws {
        let out = try CLI.temporaryFolder()
        let run = try CLI.run(["render", example, "-o", out.path])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        #expect(CLI.files(in: out) == ["report.html", "report.txt"])
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
        #expect(html.contains("<title>Learning Disability Service Partnership – Cabinet, 21 March 2006</title>"))
    }

    @Test func formatTextWritesOnlyText() throws {
        let out = try CLI.temporaryFolder()
        let run = try CLI.run(["render", example, "-o", out.path, "--format", "text"])
        #expect(run.status == 0)
        #expect(CLI.files(in: out) == ["report.txt"])
    }

    @Test func thePublishedBrentTableIsRefused() throws {
        let out = try CLI.temporaryFolder()
        let run = try CLI.run(["render", published, "-o", out.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("as-published.yaml:310:65: error: rows 1–3 sum to 539,572, but the total row 'Forecast position month 9' says 376,961"))
        #expect(run.stderr.contains("[table.total-mismatch]"))
        #expect(run.stderr.contains("nothing was written"))
        #expect(CLI.files(in: out).isEmpty)
    }

    @Test func aBadFileInABatchDoesNotStopTheGoodOnes() throws {
        let out = try CLI.temporaryFolder()
        let run = try CLI.run(["render", published, example, "-o", out.path])
        #expect(run.status == 1)
        #expect(CLI.files(in: out) == ["report.html", "report.txt"])
    }

    @Test func writesBesideTheInputWithoutAnOutputFolder() throws {
        let folder = try CLI.temporaryFolder()
        let input = folder.appendingPathComponent("paper.yaml")
        try FileManager.default.copyItem(atPath: example, toPath: input.path)
        let run = try CLI.run(["render", "paper.yaml"], in: folder)
        #expect(run.status == 0)
        #expect(CLI.files(in: folder) == ["paper.html", "paper.txt", "paper.yaml"])
    }

    @Test func missingFileIsAUsageError() throws {
        let run = try CLI.run(["render", "/nonexistent/report.yaml"])
        #expect(run.status == 2)
        #expect(run.stderr == "tabled: error: cannot read '/nonexistent/report.yaml': no such file\n")
    }

    @Test func aDirectoryIsAUsageError() throws {
        let folder = try CLI.temporaryFolder()
        let run = try CLI.run(["render", folder.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("it is a directory"))
    }

    @Test(arguments: [["--format", "rtf"], ["--format", ""], ["--templates", "/nonexistent"], ["--bogus"]])
    func badOptionsAreUsageErrors(_ options: [String]) throws {
        let out = try CLI.temporaryFolder()
        let run = try CLI.run(["render", example, "-o", out.path] + options)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(!run.stderr.isEmpty)
        #expect(CLI.files(in: out).isEmpty)
    }

    @Test func twoInputsWithOneOutputNameAreRefusedBeforeWriting() throws {
        let out = try CLI.temporaryFolder()
        let other = CLI.root.appendingPathComponent("Examples/brent-2014-mental-health/report.yaml").path
        let run = try CLI.run(["render", example, other, "-o", out.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("would both be written"))
        #expect(CLI.files(in: out).isEmpty)
    }

    @Test func anUnwritableOutputFolderExitsThree() throws {
        let folder = try CLI.temporaryFolder()
        let blocker = folder.appendingPathComponent("file")
        try "x".write(to: blocker, atomically: true, encoding: .utf8)
        let run = try CLI.run(["render", example, "-o", blocker.appendingPathComponent("sub").path])
        #expect(run.status == 3)
        #expect(run.stderr.hasPrefix("tabled: error: cannot create"))
    }

    @Test func aFailedRenderLeavesThePreviousOutputIntact() throws {
        let folder = try CLI.temporaryFolder()
        let input = folder.appendingPathComponent("report.yaml")
        try FileManager.default.copyItem(atPath: example, toPath: input.path)
        #expect(try CLI.run(["render", input.path]).status == 0)
        let before = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        let broken = try String(contentsOf: input, encoding: .utf8).replacingOccurrences(of: "58.9", with: "60.9")
        try broken.write(to: input, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["render", input.path]).status == 1)
        #expect(try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8) == before)
        #expect(CLI.files(in: folder) == ["report.html", "report.txt", "report.yaml"])
    }
}

/// `tabled new`: a starting report that renders as it is.
@Suite struct NewCommandTests {
    @Test func newReportRendersAsItIs() throws {
        let folder = try CLI.temporaryFolder()
        let created = try CLI.run(["new", "report", "paper.yaml"], in: folder)
        #expect(created.status == 0)
        #expect(created.stdout.contains("wrote paper.yaml"))
        let rendered = try CLI.run(["render", "paper.yaml"], in: folder)
        #expect(rendered.status == 0, "\(rendered.stderr)")
        #expect(rendered.stderr.isEmpty)
        #expect(CLI.files(in: folder) == ["paper.html", "paper.txt", "paper.yaml"])
    }

    @Test func newNeverOverwrites() throws {
        let folder = try CLI.temporaryFolder()
        try "keep".write(to: folder.appendingPathComponent("paper.yaml"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["new", "report", "paper.yaml"], in: folder)
        #expect(run.status == 2)
        #expect(try String(contentsOf: folder.appendingPathComponent("paper.yaml"), encoding: .utf8) == "keep")
    }
}

/// The README's tour of the input format is a real paper: it must render.
@Suite struct ReadmeTests {
    @Test func theTourRenders() throws {
        let readme = try String(contentsOf: CLI.root.appendingPathComponent("README.md"), encoding: .utf8)
        let tour = try #require(readme.range(of: "## A short tour of the input"))
        let open = try #require(readme.range(of: "```yaml\n", range: tour.upperBound..<readme.endIndex))
        let close = try #require(readme.range(of: "```", range: open.upperBound..<readme.endIndex))
        let folder = try CLI.temporaryFolder()
        try String(readme[open.upperBound..<close.lowerBound]).write(to: folder.appendingPathComponent("tour.yaml"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["render", "tour.yaml"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("tour.txt"), encoding: .utf8)
        #expect(text.contains("set out in paragraph 2.1;"))
        #expect(text.contains("The pooled budgets will total £59.4m."))
    }
}

/// `--style FILE`: a council's house style.
@Suite struct StyleOptionTests {
    let example = CLI.root.appendingPathComponent("Examples/oxfordshire-2006-learning-disability/report.yaml").path
    let style = CLI.root.appendingPathComponent("Examples/oxfordshire-2006-learning-disability/style.yaml").path

    @Test func theSameReportInAnotherCouncilsStyle() throws {
        let out = try CLI.temporaryFolder()
        let run = try CLI.run(["render", example, "--style", style, "--format", "text", "-o", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOf: out.appendingPathComponent("report.txt"), encoding: .utf8)
        #expect(text.hasPrefix("Oxfordshire County Council\nCabinet\n"))
        #expect(text.contains("13    The Cabinet is RECOMMENDED to\n\n(a)   confirm"))
    }

    @Test func aBrokenStyleFileIsLocatedAndNothingIsWritten() throws {
        let folder = try CLI.temporaryFolder()
        try "numbering:\n  paragraphs: roman\n".write(to: folder.appendingPathComponent("style.yaml"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["render", example, "--style", "style.yaml", "-o", "out"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("style.yaml:2:15: error: 'paragraphs' cannot be 'roman'; it is one of: decimal, continuous, none [input.bad-choice]"))
        #expect(CLI.files(in: folder) == ["style.yaml"])
    }
}
