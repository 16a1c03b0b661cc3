import ArgumentParser
import Foundation
import Tabled
import TabledCommandLine
import TabledModel
import TabledPresent
import TabledWord

/// `tabled render`: check papers and write them as HTML and plain text.
struct Render: ParsableCommand, ListsFiles {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Check papers and write them as HTML and plain text.",
        discussion: """
        Writes DIR/NAME.html and DIR/NAME.txt for each NAME.yaml. A paper with errors is \
        reported and nothing is written for it; the others are still written.
        """
    )

    @Argument(help: "Report YAML files.")
    var files: [String]

    var listedFiles: [String] {
        get { files }
        set { files = newValue }
    }

    @Option(name: .shortAndLong, help: "Folder to write into (default: beside each input).")
    var output: String?

    @Option(name: .long, help: "Output formats, comma-separated: html, text, pdf (needs WeasyPrint), markdown (GitHub Markdown, from the same document tree). Default: the project file's format, else html,text.")
    var format: String?

    @Option(name: .long, help: "Folder of templates that override the defaults by file name.")
    var templates: String?

    @Option(name: .long, help: "A house style file: numbering, negatives, the council's name.")
    var style: String?

    @Flag(name: .long, help: "Print on stderr where the time went, stage by stage.")
    var profile = false

    @Flag(name: .long, help: "Keep running, and render again each time a paper, the style or a template is saved (Ctrl-C stops).")
    var watch = false

    /// Where one paper goes when `-o` names a file or standard output rather than a folder.
    enum Target {
        /// `-o -`: the one format on standard output.
        case standardOutput
        /// `-o NAME.html` (or .txt, .pdf, .docx, .md): that file, in the format its name says.
        case file(folder: String, stem: String)
    }

    mutating func run() throws {
        // A tabled.yaml above the papers gives what the command line leaves unset.
        if let project = try ProjectFile.find(for: files) {
            (style, templates, output, format) = (style ?? project.style, templates ?? project.templates, output ?? project.output,
                                                  format ?? project.format)
        }
        var formats: [OutputFormat]
        switch OutputFormat.list(format ?? "html,text") {
        case .success(let list): formats = list
        case .failure(let error):
            Console.fail(error.message)
            throw ExitStatus.usage.exitCode
        }
        var target: Target?
        if let output, output == "-" || OutputFormat.named(byExtensionOf: output) != nil {
            guard files.count == 1, !watch else {
                Console.fail("-o \(output) takes one paper; give a folder for several")
                throw ExitStatus.usage.exitCode
            }
            if output == "-" {
                guard formats.count == 1 else {
                    Console.fail("-o - writes one format to standard output: choose it with --format (html, text, markdown, docx or pdf)")
                    throw ExitStatus.usage.exitCode
                }
                target = .standardOutput
            } else if let named = OutputFormat.named(byExtensionOf: output) {
                formats = [named]
                let folder = (output as NSString).deletingLastPathComponent
                target = .file(folder: folder.isEmpty ? "." : folder, stem: ((output as NSString).lastPathComponent as NSString).deletingPathExtension)
            }
        }
        // A paper on standard input ('-') is read once, before the papers are rendered in parallel.
        var standardInput: InputFile.Reading?
        if files.contains("-") { standardInput = InputFile.readStandardInput() }
        var weasyprint: PDFPrinter.Printer?
        if formats.contains(.pdf) { weasyprint = try PDFPrinter.required() }
        try checkTargets()
        if watch { watchForSaves(formats: formats, weasyprint: weasyprint) }
        let renderer = try RendererSetup.make(templates: templates, style: style)
        CommitGuard.install()
        let status = renderAll(with: renderer, formats: formats, weasyprint: weasyprint, target: target, standardInput: standardInput)
        if status != .success { throw status.exitCode }
    }

    /// Refuses two inputs that would write the same output file.
    private func checkTargets() throws {
        var targets: [String: String] = [:]
        for file in files {
            let target = outputBase(for: file)
            if let other = targets[target] {
                Console.fail("'\(file)' and '\(other)' would both be written to '\(target).*'; render them into different folders")
                throw ExitStatus.usage.exitCode
            }
            targets[target] = file
        }
    }

    /// The papers, their style and templates: what `--watch` looks at.
    private var watchedFiles: WatchedFiles {
        WatchedFiles(files: files + (style.map { [$0] } ?? []), folders: templates.map { [$0] } ?? [])
    }

    /// Renders everything, then again after each save, until Ctrl-C. A broken paper, style or
    /// template is reported and waited for, never the end of the run.
    private func watchForSaves(formats: [OutputFormat], weasyprint: PDFPrinter.Printer?) -> Never {
        CommitGuard.install()
        let watched = watchedFiles
        func renderEverything() {
            let status: ExitStatus
            if let renderer = try? RendererSetup.make(templates: templates, style: style) {
                status = renderAll(with: renderer, formats: formats, weasyprint: weasyprint)
            } else {
                status = .inputErrors
            }
            Console.err("[\(Console.time())] " + (status == .success ? "rendered" : "not everything rendered: fix what is above and save again"))
        }
        var debouncer = SaveDebouncer(seen: watched.snapshot())
        renderEverything()
        Console.err("tabled: watching \(files.count == 1 ? files[0] : "\(files.count) papers")\(style == nil ? "" : ", the style")\(templates == nil ? "" : ", the templates"); Ctrl-C stops")
        let clock = ContinuousClock()
        while true {
            Thread.sleep(forTimeInterval: 0.025)
            guard debouncer.observe(watched.snapshot(), at: clock.now) else { continue }
            // Taken before reading, so that a save made while rendering is rendered too.
            let before = watched.snapshot()
            renderEverything()
            debouncer.rebuilt(from: before)
        }
    }

    /// Renders every paper once; the worst outcome decides the exit status.
    private func renderAll(with renderer: PaperRenderer, formats: [OutputFormat], weasyprint: PDFPrinter.Printer?,
                           target: Target? = nil, standardInput: InputFile.Reading? = nil) -> ExitStatus {
        // Leftovers of killed runs are cleared once per output folder, before any paper is written.
        if case .standardOutput? = target {} else {
            for folder in Set(files.map { (outputBase(for: $0, target: target) as NSString).deletingLastPathComponent }) {
                StagedOutput.recover(in: folder)
            }
        }

        // Papers are independent: render them on every core, then report in the order given.
        let results = ConcurrentSlots(count: files.count, initial: Result())
        let printer = weasyprint
        let clock = ContinuousClock()
        let started = clock.now
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            results.set(i, render(files[i], with: renderer, formats: formats, weasyprint: printer, target: target, standardInput: standardInput))
        }
        var rendered = results.values
        // One flush for every file of the run, then the moves, then one flush for the moves.
        let folders = Set(rendered.compactMap { $0.staged?.target })
        StagedOutput.flush(folders)
        // Another run moving files into the same folder waits, so that neither tears the other's paper.
        FolderLock.holding(folders) {
            for i in rendered.indices {
                guard let staged = rendered[i].staged else { continue }
                do throws(OutputWriter.Failure) {
                    try staged.commit()
                    for path in rendered[i].toWrite { Console.say("wrote \(path)") }
                } catch {
                    rendered[i].messages.append("tabled: error: \(error.message)")
                    rendered[i].status = .writeFailed
                }
            }
        }
        StagedOutput.flush(folders)
        let elapsed = clock.now - started
        var status = ExitStatus.success
        var timings = StageTimings()
        var writing = Duration.zero
        for result in rendered {
            for line in result.messages { Console.err(line) }
            if let bytes = result.standardOutput { Console.write(bytes) }
            status = status.worse(result.status)
            timings = timings + result.timings
            writing += result.writing
        }
        if profile { Console.err(Self.profileReport(timings, writing: writing, papers: files.count, elapsed: elapsed)) }
        return status
    }

    /// What one file came to: its exit status, its messages in order, and its timings.
    struct Result: Sendable {
        var status = ExitStatus.success
        /// The paper's files, written and waiting to be moved into place.
        var staged: StagedOutput?
        var messages: [String] = []
        var timings = StageTimings()
        var writing = Duration.zero
        /// The one format's bytes, for `-o -`.
        var standardOutput: Data?
        /// The files the paper's staging holds, said once they are in place.
        var toWrite: [String] = []
    }

    static func profileReport(_ timings: StageTimings, writing: Duration, papers: Int, elapsed: Duration) -> String {
        let stages = timings.stages + [("writing files", writing)]
        let total = stages.reduce(Duration.zero) { $0 + $1.1 }
        func ms(_ d: Duration) -> Double { Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15 }
        var lines = ["profile: \(papers) paper\(papers == 1 ? "" : "s") in \(String(format: "%.1f", ms(elapsed))) ms of wall time; time in each stage, summed over papers:"]
        for (name, duration) in stages {
            let share = ms(total) > 0 ? 100 * ms(duration) / ms(total) : 0
            let label = name + String(repeating: " ", count: max(0, 14 - name.count))
            lines.append("  " + label + String(format: "%10.1f ms  %5.1f%%", ms(duration), share))
        }
        return lines.joined(separator: "\n")
    }

    private func outputBase(for file: String, target: Target? = nil) -> String {
        if case .file(let folder, let stem)? = target { return (folder as NSString).appendingPathComponent(stem) }
        // A paper from standard input is named 'stdin', in the output folder or the current one.
        if file == "-" { return ((output ?? ".") as NSString).appendingPathComponent("stdin") }
        let plain = OutputName.plain(file)
        if let output, let plain {
            return (output as NSString).appendingPathComponent(plain)
        }
        let url = URL(fileURLWithPath: file, isDirectory: false)
        let name = plain ?? url.deletingPathExtension().lastPathComponent
        let folder = output ?? url.deletingLastPathComponent().path
        return (folder as NSString).appendingPathComponent(name)
    }

    /// The folders a paper's PDF may read files from: its own, and its house style's.
    private func roots(for file: String) -> [String] {
        var roots = [URL(fileURLWithPath: file, isDirectory: false).deletingLastPathComponent().path]
        if let style { roots.append(URL(fileURLWithPath: style).deletingLastPathComponent().path) }
        return roots
    }

    /// One format of a paper as bytes, for standard output; a PDF is printed to a hidden file
    /// in the temporary folder and read back.
    private static func bytes(of paper: RenderedPaper, as format: OutputFormat, renderer: PaperRenderer, printer: PDFPrinter.Printer?,
                              roots: [String]) throws(OutputWriter.Failure) -> Data {
        switch format {
        case .html: return Data(paper.html.utf8)
        case .text: return Data(paper.text.utf8)
        case .markdown: return Data(paper.markdown.utf8)
        case .docx:
            do throws(WordWriter.Failure) {
                return try renderer.docx(paper)
            } catch {
                throw OutputWriter.Failure(message: "cannot write the Word document: \(error.description)")
            }
        case .pdf:
            guard let printer else { throw OutputWriter.Failure(message: PDFPrinter.installHelp) }
            let path = NSTemporaryDirectory() + "tabled-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).pdf"
            defer { unlink(path) }
            try PDFPrinter.print(paper.html, to: path, using: printer, roots: roots, base: roots.first ?? "")
            guard let data = FileManager.default.contents(atPath: path) else { throw OutputWriter.Failure(message: "cannot read the printed PDF") }
            return data
        }
    }

    private func render(_ file: String, with renderer: PaperRenderer, formats: [OutputFormat], weasyprint: PDFPrinter.Printer?,
                        target: Target? = nil, standardInput: InputFile.Reading? = nil) -> Result {
        var result = Result()
        // Appendix files are read and checked with their report before anything is written:
        // one that is missing or wrong stops the paper.
        let processed = renderer.process(file, from: DiskFiles(standardInput: standardInput), goal: .render)
        if let unreadable = processed.unreadable {
            result.messages = ["tabled: error: \(unreadable.message)"]
            result.status = .usage
            return result
        }
        result.timings = processed.timings
        let diagnostics = processed.diagnostics
        var excerpt = SourceExcerpt()
        result.messages = Console.lines(diagnostics, excerpt: &excerpt)
        guard let paper = processed.paper, !GlobalOptions.refuses(diagnostics) else {
            // A file refused whole (not UTF-8, too large) is said once, as the diagnostic above.
            if processed.text == nil {
                result.status = .inputErrors
                return result
            }
            result.messages.append(diagnostics.hasErrors || processed.paper == nil
                ? "\(file): not rendered: fix the errors above; nothing was written"
                : "\(file): not rendered: --fail-if-warnings counts the warnings above as errors; nothing was written")
            result.status = .inputErrors
            return result
        }
        if case .standardOutput? = target, let format = formats.first {
            do throws(OutputWriter.Failure) {
                result.standardOutput = try Self.bytes(of: paper, as: format, renderer: renderer, printer: weasyprint, roots: roots(for: file))
            } catch {
                result.messages.append("tabled: error: \(error.message)")
                result.status = .writeFailed
            }
            return result
        }
        let base = outputBase(for: file, target: target)
        let folder = (base as NSString).deletingLastPathComponent
        // Every file holding exempt content is named as such: an exempt paper, an exempt appendix apart.
        let paperFiles = PublicView.files(of: paper, stem: (base as NSString).lastPathComponent).map { file in
            (name: PublicView.fileName(file.stem, for: file.audience), paper: file.paper, audience: file.audience)
        }
        for (index, written) in paperFiles.enumerated() where written.audience == .confidential {
            let what = index == 0 ? "exempt" : "\(written.paper.report.label?.value ?? "appendix") is exempt"
            result.messages.append("\(file): \(what) (not for publication): written as \(written.name).*")
        }
        let clock = ContinuousClock()
        let started = clock.now
        // The folders a PDF may read files from, found only when one is printed; the
        // paper's own comes first and is where its relative links start.
        let pdfRoots = weasyprint == nil ? [] : roots(for: file)
        do throws(OutputWriter.Failure) {
            try OutputWriter.makeDirectory(folder)
            let staged = try StagedOutput(folder: folder, name: paperFiles[0].name)
            do throws(OutputWriter.Failure) {
                for (name, paper, _) in paperFiles {
                    let document = DocumentFiles(html: paper.html, text: { paper.text }, markdown: { paper.markdown },
                                                 docx: { () throws(WordWriter.Failure) in try renderer.docx(paper) })
                    let refused = try document.write(into: staged, name: name, formats: formats, printer: weasyprint, roots: pdfRoots, base: pdfRoots.first ?? "")
                    var excerpt = SourceExcerpt()
                    result.messages += Console.lines(refused.map { Diagnostic(.notPrintedInPDF($0), at: .start(of: file)) }, excerpt: &excerpt)
                }
                // Moved into place with the run's other papers, after one flush for them all.
                result.staged = staged
                result.toWrite = paperFiles.map(\.name).flatMap { stem in
                    formats.filter { $0 != .pdf || weasyprint != nil }.map { (folder as NSString).appendingPathComponent(stem + "." + $0.fileExtension) }
                }
            } catch {
                staged.discard()
                throw error
            }
        } catch {
            result.messages.append("tabled: error: \(error.message)")
            result.status = .writeFailed
        }
        result.writing = clock.now - started
        return result
    }
}
