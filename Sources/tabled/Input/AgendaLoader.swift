import Foundation
import Tabled
import TabledCommandLine
import TabledModel
import TabledPack
import TabledReader

/// Reads an agenda and the reports it names, and builds its pack in memory: for
/// `tabled pack`, which then writes it, and `tabled check`, which only reports.
enum AgendaLoader {
    /// Whether a YAML file is an agenda rather than a paper: it lists items of business.
    static func isAgenda(_ text: String) -> Bool {
        let keys = TopLevelKeys(text, among: ["items", "title"])
        return keys.has("items") && !keys.has("title")
    }

    /// An agenda and the text of every report it names, or why it could not be read.
    struct Loaded {
        var agenda: Agenda?
        var sources: [Int: PackBuilder.Source] = [:]
        /// Problems so far: reading the agenda, and report paths that are outside or unreadable.
        var diagnostics: [Diagnostic] = []
        /// The agenda itself cannot be read at all: exit 2.
        var failure: String?
    }

    /// Reads the agenda and the reports it names; reports are read only from inside its folder.
    static func load(_ agendaPath: String) -> Loaded {
        var loaded = Loaded()
        let text: String
        switch InputFile.read(agendaPath) {
        case .text(let read): text = read
        case .unreadable(let unreadable):
            loaded.failure = unreadable.message
            return loaded
        case .rejected(let diagnostic):
            loaded.diagnostics = [diagnostic]
            return loaded
        }
        let read = AgendaReader.read(text, file: agendaPath)
        loaded.diagnostics = read.diagnostics
        guard let agenda = read.agenda else { return loaded }
        loaded.agenda = agenda
        let folder = URL(fileURLWithPath: agendaPath).deletingLastPathComponent()
        let realFolder = FolderBounds.real(folder)
        let (paths, pathProblems) = ReportPaths.resolve(agenda)
        loaded.diagnostics += pathProblems
        for path in paths {
            let file = folder.appendingPathComponent(path.relative)
            guard FolderBounds.contains(file, realFolder: realFolder) else {
                loaded.diagnostics.append(ReportPaths.outside(path.written))
                continue
            }
            let shown = (URL(fileURLWithPath: agendaPath).deletingLastPathComponent().relativePath as NSString)
                .appendingPathComponent(path.relative)
            switch InputFile.read(file.path) {
            case .text(let source): loaded.sources[path.item] = .init(text: source, file: shown)
            case .unreadable(let unreadable):
                loaded.diagnostics.append(ReportPaths.missing(path.written, reason: unreadable.reason))
            case .rejected(let diagnostic):
                loaded.diagnostics.append(diagnostic)
            }
        }
        return loaded
    }

    /// Reads the agenda and its reports, then builds the pack in memory.
    static func build(_ agendaPath: String, with builder: PackBuilder, word: Bool = false) -> Pack.Result {
        var result = Pack.Result()
        let loaded = load(agendaPath)
        if let failure = loaded.failure {
            result.failure = failure
            result.status = .usage
            return result
        }
        guard let agenda = loaded.agenda else {
            result.diagnostics = loaded.diagnostics
            result.status = .inputErrors
            return result
        }
        // Each report is checked in its place first, to find the appendix files it names.
        var sources = loaded.sources
        var diagnostics = loaded.diagnostics
        for (index, source) in sources {
            let checked = PaperRenderer.check(source.text, file: source.file, style: builder.renderer.style,
                                              agendaItem: PackBuilder.placement(in: agenda, item: index))
            let appendixFiles = AppendixFiles.read(checked.report?.report, file: source.file)
            sources[index]?.checked = checked
            sources[index]?.appendices = appendixFiles.sources
            diagnostics += appendixFiles.diagnostics
        }
        let pack = builder.build(agenda, sources: sources, earlier: diagnostics, word: word)
        result.pack = pack
        result.diagnostics = pack.diagnostics
        result.status = pack.diagnostics.hasErrors ? .inputErrors : .success
        return result
    }
}
