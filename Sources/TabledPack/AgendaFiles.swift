import Tabled
import TabledModel
import TabledReader

/// An agenda read with the text of every report it names: what `pack`, `check`, `decisions`,
/// `forward-plan` and `new` start from, read through one file source.
public struct AgendaFiles: Sendable {
    /// A report an agenda names, as read.
    public struct ReportFile: Sendable {
        /// The path to report it by: the agenda's folder, then the path the agenda gives.
        public var file: String
        public var text: String
    }

    public var file: String
    /// The agenda's text as read.
    public var text: String?
    public var agenda: Agenda?
    /// Each report's file, by the index of its item.
    public var reports: [Int: ReportFile] = [:]
    /// Problems so far: reading the agenda, and report paths that are outside or unreadable.
    public var diagnostics: [Diagnostic] = []
    /// The agenda itself cannot be read at all: exit 2.
    public var unreadable: UnreadableFile?

    /// Reads the agenda at `path` and the reports it names; reports are read only from inside its folder.
    public static func load(_ path: String, from files: some FileSource) -> AgendaFiles {
        var loaded = AgendaFiles(file: path)
        switch files.read(path) {
        case .text(let read): loaded.text = read
        case .unreadable(let unreadable):
            loaded.unreadable = unreadable
            return loaded
        case .rejected(let diagnostic):
            loaded.diagnostics = [diagnostic]
            return loaded
        }
        let read = AgendaReader.read(loaded.text ?? "", file: path)
        loaded.diagnostics = read.diagnostics
        guard let agenda = read.agenda else { return loaded }
        loaded.agenda = agenda
        let folder = FilePath.folder(of: path)
        let (paths, pathProblems) = ReportPaths.resolve(agenda)
        loaded.diagnostics += pathProblems
        for report in paths {
            let file = FilePath.join(folder, report.relative)
            guard files.isInside(file, folder: folder) else {
                loaded.diagnostics.append(ReportPaths.outside(report.written))
                continue
            }
            switch files.read(file) {
            case .text(let source): loaded.reports[report.item] = ReportFile(file: file, text: source)
            case .unreadable(let unreadable):
                // A late report not written yet: the agenda lists it as to follow, and its supplement waits for it.
                if let supplement = agenda.supplements[report.item] {
                    loaded.diagnostics.append(Diagnostic(.supplementNotReady(report.written.value, supplement: supplement.number.value),
                                                         at: report.written.location))
                    continue
                }
                loaded.diagnostics.append(ReportPaths.missing(report.written, reason: unreadable.reason))
            case .rejected(let diagnostic):
                loaded.diagnostics.append(diagnostic)
            }
        }
        return loaded
    }

    /// The agenda a record made after the meeting names (decisions, minutes), relative to the
    /// record's file, with its reports read: nil agenda when it cannot be read, and why.
    public static func named(by agenda: Located<String>, in recordFile: String, from files: some FileSource)
        -> (agenda: Agenda?, reports: [Int: Report], diagnostics: [Diagnostic]) {
        let loaded = load(FilePath.join(FilePath.folder(of: recordFile), agenda.value), from: files)
        if let unreadable = loaded.unreadable { return (nil, [:], [ReportPaths.missing(agenda, reason: unreadable.reason)]) }
        guard let read = loaded.agenda else { return (nil, [:], loaded.diagnostics) }
        let (reports, problems) = loaded.readReports()
        return (read, reports, loaded.diagnostics + problems)
    }

    /// Each report read (not checked), for what notices say of them, and the problems reading them.
    public func readReports() -> (reports: [Int: Report], diagnostics: [Diagnostic]) {
        var reports: [Int: Report] = [:]
        var diagnostics: [Diagnostic] = []
        for (index, source) in self.reports {
            let read = ReportReader.read(source.text, file: source.file)
            diagnostics += read.diagnostics
            if let report = read.report { reports[index] = report }
        }
        return (reports, diagnostics)
    }
}
