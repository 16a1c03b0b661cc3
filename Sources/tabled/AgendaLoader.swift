import Foundation
import TabledModel
import TabledPack
import TabledReader

/// Reads an agenda and the reports it names, and builds its pack in memory: for
/// `tabled pack`, which then writes it, and `tabled check`, which only reports.
enum AgendaLoader {
    /// Whether a YAML file is an agenda rather than a paper: it lists items of business.
    static func isAgenda(_ text: String) -> Bool {
        text.split(separator: "\n").contains { $0.hasPrefix("items:") }
            && !text.split(separator: "\n").contains { $0.hasPrefix("title:") }
    }

    /// Reads the agenda and its reports, then builds the pack in memory.
    static func build(_ agendaPath: String, with builder: PackBuilder, word: Bool = false) -> Pack.Result {
        var result = Pack.Result()
        let text: String
        switch InputFile.read(agendaPath) {
        case .success(let read): text = read
        case .failure(.unreadable(let unreadable)):
            result.failure = unreadable.message
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
            case .failure(.unreadable(let unreadable)):
                problems.append(ReportPaths.missing(path.written, reason: unreadable.reason))
            case .failure(.rejected(let diagnostic)):
                problems.append(diagnostic)
            }
        }
        let pack = builder.build(agenda, sources: sources, earlier: problems, word: word)
        result.pack = pack
        result.diagnostics = pack.diagnostics
        result.status = pack.diagnostics.hasErrors ? .inputErrors : .success
        return result
    }

}
