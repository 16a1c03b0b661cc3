import ArgumentParser
import Foundation
import Tabled
import TabledModel
import TabledPack
import TabledPresent
import TabledReader

/// `tabled pack`: for each agenda, the front sheet, every report and the public and confidential packs.
struct Pack: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make each meeting's front sheet, reports and packs from its agenda.",
        discussion: """
        Writes DIR/BODY-DATE/ for each agenda: agenda.html and .txt, items/, public-pack.html, \
        and confidential/ for exempt items. Agendas are packed in parallel; one failing meeting \
        does not stop the others. A pack is replaced whole or not at all.
        """
    )

    @Argument(help: "Agenda YAML files, one per meeting.")
    var agendas: [String]

    @Option(name: .shortAndLong, help: "Folder to write into (default: beside each agenda).")
    var output: String?

    @Option(name: .long, help: "A house style file.")
    var style: String?

    @Option(name: .long, help: "Folder of templates that override the defaults by file name.")
    var templates: String?

    @Option(name: .long, help: "html, or html,pdf to print each pack to PDF too (needs WeasyPrint).")
    var format: String = "html"

    /// What became of one agenda.
    struct Result {
        var diagnostics: [Diagnostic] = []
        var failure: String?
        var pack: MeetingPack?
        var written = 0
        var status = ExitStatus.success
    }

    func run() throws {
        var weasyprint: String?
        switch OutputFormat.list(format) {
        case .success(let formats) where formats.allSatisfy({ $0 == .html || $0 == .pdf }):
            if formats.contains(.pdf) { weasyprint = try PDFPrinter.required() }
        case .success:
            Console.fail("packs are written as html, and optionally pdf: --format html or --format html,pdf")
            throw ExitStatus.usage.exitCode
        case .failure(let error):
            Console.fail(error.message)
            throw ExitStatus.usage.exitCode
        }
        let printer = weasyprint
        let builder = PackBuilder(renderer: try RendererSetup.make(templates: templates, style: style))

        // Build every meeting in parallel; write only after each one has passed its checks.
        let results = ResultBox(count: agendas.count)
        DispatchQueue.concurrentPerform(iterations: agendas.count) { i in
            results.set(i, build(agendas[i], with: builder))
        }
        let built = results.values

        // Two agendas for one meeting would write one folder: refuse before writing either.
        var folders: [String: Int] = [:]
        for (i, result) in built.enumerated() {
            guard let pack = result.pack, !pack.files.isEmpty else { continue }
            let target = destination(for: agendas[i], folder: pack.folder)
            if let other = folders[target] {
                Console.fail("'\(agendas[i])' and '\(agendas[other])' are both for \(pack.meeting); pack them separately")
                throw ExitStatus.usage.exitCode
            }
            folders[target] = i
        }
        DispatchQueue.concurrentPerform(iterations: built.count) { i in
            guard let pack = built[i].pack, !pack.files.isEmpty else { return }
            results.set(i, write(pack, for: agendas[i], result: built[i], weasyprint: printer))
        }
        let all = results.values

        var status = ExitStatus.success
        for (i, result) in all.enumerated() {
            if let failure = result.failure { Console.fail(failure) }
            Console.print(result.diagnostics)
            if result.pack?.files.isEmpty ?? true, result.status == .inputErrors {
                Console.err("\(agendas[i]): not packed: fix the errors above; nothing was written")
            }
            status = status.worse(result.status)
        }
        Console.out(PackSummary(agendas: agendas, results: all).table)
        if status != .success { throw status.exitCode }
    }

    private func destination(for agenda: String, folder: String) -> String {
        let base = output ?? URL(fileURLWithPath: agenda).deletingLastPathComponent().path
        return (base as NSString).appendingPathComponent(folder)
    }

    /// Reads the agenda and its reports, then builds the pack in memory.
    private func build(_ agendaPath: String, with builder: PackBuilder) -> Result {
        var result = Result()
        let text: String
        switch InputFile.read(agendaPath) {
        case .success(let read): text = read
        case .failure(.unreadable(let message)):
            result.failure = message
            result.status = .usage
            return result
        case .failure(.rejected(let diagnostic)):
            result.diagnostics = [diagnostic]
            result.status = .inputErrors
            return result
        }
        let read = AgendaReader.read(text, file: agendaPath)
        guard let agenda = read.agenda else {
            result.diagnostics = read.diagnostics
            result.status = .inputErrors
            return result
        }
        let folder = URL(fileURLWithPath: agendaPath).deletingLastPathComponent()
        let realFolder = folder.resolvingSymlinksInPath().path
        let (paths, pathProblems) = ReportPaths.resolve(agenda)
        var problems = read.diagnostics + pathProblems
        var sources: [Int: PackBuilder.Source] = [:]
        for path in paths {
            let file = folder.appendingPathComponent(path.relative)
            // A link inside the folder must not lead out of it.
            let real = file.resolvingSymlinksInPath().path
            guard real == realFolder || real.hasPrefix(realFolder + "/") else {
                problems.append(ReportPaths.outside(path.written))
                continue
            }
            let shown = (URL(fileURLWithPath: agendaPath).deletingLastPathComponent().relativePath as NSString)
                .appendingPathComponent(path.relative)
            switch InputFile.read(file.path) {
            case .success(let source): sources[path.item] = .init(text: source, file: shown)
            case .failure(.unreadable(let message)):
                problems.append(ReportPaths.missing(path.written, reason: message.components(separatedBy: "': ").last ?? message))
            case .failure(.rejected(let diagnostic)):
                problems.append(diagnostic)
            }
        }
        let pack = builder.build(agenda, sources: sources, earlier: problems)
        result.pack = pack
        result.diagnostics = pack.diagnostics
        result.status = pack.diagnostics.hasErrors ? .inputErrors : .success
        return result
    }

    /// Writes a whole pack into a hidden folder, then swaps it for the old one.
    private func write(_ pack: MeetingPack, for agenda: String, result: Result, weasyprint: String?) -> Result {
        var result = result
        let target = destination(for: agenda, folder: pack.folder)
        do {
            result.written = try PackWriter.replace(folder: target, with: pack.files, weasyprint: weasyprint)
        } catch {
            result.failure = error.message
            result.status = .writeFailed
        }
        return result
    }
}

/// Results filled in from concurrent work, each slot by one task.
final class ResultBox: @unchecked Sendable {
    private var slots: [Pack.Result]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: Pack.Result(), count: count)
    }

    func set(_ index: Int, _ value: Pack.Result) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Pack.Result] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
