import ArgumentParser
import Foundation
import Tabled
import TabledCommandLine
import TabledModel
import TabledPack
import TabledPresent
import TabledReader

/// `tabled pack`: for each agenda, the front sheet, every report and the public and confidential packs.
struct Pack: ParsableCommand, ListsFiles {
    static let configuration = CommandConfiguration(
        commandName: "pack",
        abstract: "Make each meeting's front sheet, reports and packs from its agenda.",
        discussion: """
        Writes DIR/BODY-DATE/ for each agenda: agenda.html and .txt, items/, public-pack.html, \
        confidential/ for exempt items, and the meeting as open data (meeting.ics, meeting.json). \
        Several agendas also write DIR/meetings.ics (every meeting) and DIR/feed.atom (one entry \
        per pack). Agendas are packed in parallel; one failing meeting does not stop the others. \
        A pack is replaced whole or not at all.
        """
    )

    @Argument(help: "Agenda YAML files, one per meeting.")
    var agendas: [String]

    var listedFiles: [String] {
        get { agendas }
        set { agendas = newValue }
    }

    @Option(name: .shortAndLong, help: "Folder to write into (default: beside each agenda).")
    var output: String?

    @Option(name: .long, help: "A house style file.")
    var style: String?

    @Option(name: .long, help: "Folder of templates that override the defaults by file name.")
    var templates: String?

    @Option(name: .long, help: "html; add pdf to print each pack to PDF (needs WeasyPrint), docx for Word files of every report and pack.")
    var format: String = "html"

    /// What became of one agenda.
    struct Result {
        var diagnostics: [Diagnostic] = []
        var failure: String?
        var pack: MeetingPack?
        var written = 0
        /// The meeting's folder, once written.
        var folder: String?
        var status = ExitStatus.success
    }

    mutating func run() throws {
        if let project = try ProjectFile.find(for: agendas) {
            (style, templates, output) = (style ?? project.style, templates ?? project.templates, output ?? project.output)
        }
        try pack()
    }

    /// Packs every agenda, once the project file has filled in what the command line left unset.
    private func pack() throws {
        var weasyprint: PDFPrinter.Printer?
        var word = false
        switch OutputFormat.list(format) {
        case .success(let formats) where formats.allSatisfy({ $0 == .html || $0 == .pdf || $0 == .docx }):
            if formats.contains(.pdf) { weasyprint = try PDFPrinter.required() }
            word = formats.contains(.docx)
        case .success:
            Console.fail("packs are written as html, and optionally pdf and docx: --format html,pdf,docx")
            throw ExitStatus.usage.exitCode
        case .failure(let error):
            Console.fail(error.message)
            throw ExitStatus.usage.exitCode
        }
        let printer = weasyprint
        let wordFiles = word
        CommitGuard.install()
        let builder = PackBuilder(renderer: try RendererSetup.make(templates: templates, style: style))

        // Build every meeting in parallel; write only after each one has passed its checks.
        let results = ConcurrentSlots(count: agendas.count, initial: Result())
        DispatchQueue.concurrentPerform(iterations: agendas.count) { i in
            results.set(i, AgendaLoader.build(agendas[i], with: builder, word: wordFiles))
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
        if agendas.count > 1, let failure = writeFeeds(all.compactMap { $0.folder == nil ? nil : $0.pack?.open }) {
            Console.fail(failure)
            status = status.worse(.writeFailed)
        }
        Console.say(PackSummary(agendas: agendas, results: all).table)
        if status != .success { throw status.exitCode }
    }

    /// Every meeting written, as one calendar and one feed, beside the meetings' folders; the
    /// error message if either could not be written.
    private func writeFeeds(_ meetings: [OpenMeeting]) -> String? {
        guard !meetings.isEmpty else { return nil }
        let folder = output ?? (agendas[0] as NSString).deletingLastPathComponent
        let base = folder.isEmpty ? "." : folder
        do throws(OutputWriter.Failure) {
            try OutputWriter.write(MeetingCalendar.calendar(meetings.sorted { ($0.date, $0.folder) < ($1.date, $1.folder) }),
                                   to: (base as NSString).appendingPathComponent("meetings.ics"))
            try OutputWriter.write(MeetingFeed.feed(meetings, council: meetings.first?.council),
                                   to: (base as NSString).appendingPathComponent("feed.atom"))
        } catch {
            return error.message
        }
        return nil
    }

    /// The meeting's folder, with links in the path resolved: two agendas reached through a
    /// linked folder must not be packed into one folder at once.
    private func destination(for agenda: String, folder: String) -> String {
        let base = URL(fileURLWithPath: output ?? URL(fileURLWithPath: agenda).deletingLastPathComponent().path)
        return base.resolvingSymlinksInPath().appendingPathComponent(folder).path
    }


    /// Writes a whole pack into a hidden folder, then swaps it for the old one.
    private func write(_ pack: MeetingPack, for agenda: String, result: Result, weasyprint: PDFPrinter.Printer?) -> Result {
        var result = result
        let target = destination(for: agenda, folder: pack.folder)
        // A pack's PDF may read files from the agenda's folder (where its reports are) and the house style's.
        let folder = URL(fileURLWithPath: agenda).deletingLastPathComponent().path
        var roots = [folder]
        if let style { roots.append(URL(fileURLWithPath: style).deletingLastPathComponent().path) }
        do {
            result.written = try PackWriter.replace(folder: target, with: pack.files,
                                                    printer: weasyprint.map { (printer: $0, roots: roots, base: folder) })
            result.folder = (output.map { ($0 as NSString).appendingPathComponent(pack.folder) })
                ?? ((agenda as NSString).deletingLastPathComponent as NSString).appendingPathComponent(pack.folder)
        } catch {
            result.failure = error.message
            result.status = .writeFailed
        }
        return result
    }
}
