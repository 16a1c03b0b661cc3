import ArgumentParser
import Foundation
import Tabled
import TabledCommandLine
import TabledModel
import TabledPack
import TabledPresent

/// `tabled new`: a commented starting file that renders as it is.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a commented starting report, agenda, decisions or minutes file.",
        discussion: "With --agenda, a report is written for that agenda's meeting and added to its items; a decisions file has one entry for each report on that agenda; minutes (which need --agenda) list every item, the members as present and each report's recommendations as its resolutions."
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case report, agenda, decisions, minutes, project
    }

    @Argument(help: "What to start: report, agenda, decisions, minutes, or a project (PATH a folder: tabled.yaml and a starter style.yaml).")
    var kind: Kind

    @Argument(help: "Where to write it; an existing file is never overwritten.")
    var path: String

    @Option(name: .long, help: "For a report: the agenda whose meeting it is for, and which it joins. For decisions: the agenda to make one entry per report for.")
    var agenda: String?

    func run() throws {
        if kind == .project { return try project() }
        if kind == .minutes && agenda == nil {
            Console.fail("minutes start from their meeting's agenda: tabled new minutes \(path) --agenda AGENDA.yaml")
            throw ExitStatus.usage.exitCode
        }
        guard var starter = kind == .minutes ? "" : DefaultTemplates.files["new-\(kind.rawValue).yaml"] else {
            Console.fail("there is no starting \(kind.rawValue)")
            throw ExitStatus.usage.exitCode
        }
        if FileManager.default.fileExists(atPath: path) {
            Console.fail("'\(path)' already exists; choose another path")
            throw ExitStatus.usage.exitCode
        }
        var agendaText: (path: String, text: String)?
        switch (kind, agenda) {
        case (.decisions, let agenda?): starter = try scaffold(from: agenda)
        case (.minutes, let agenda?): starter = try minutes(from: agenda)
        case (.report, let agenda?): (starter, agendaText) = try report(starter, joining: agenda)
        case (.agenda, _?):
            Console.fail("--agenda is for a report (which joins that agenda) or a decisions file (one entry per report)")
            throw ExitStatus.usage.exitCode
        default: break
        }
        do {
            try OutputWriter.write(starter, to: path)
            if let agendaText { try OutputWriter.write(agendaText.text, to: agendaText.path) }
        } catch {
            Console.fail(error.message)
            throw ExitStatus.writeFailed.exitCode
        }
        switch kind {
        case .report:
            if let agendaText {
                Console.say("wrote \(path) for the meeting of \(agendaText.path), and added it to that agenda's items: pack it with 'tabled pack \(agendaText.path)'")
            } else {
                Console.say("wrote \(path): render it with 'tabled render \(path)'")
            }
        case .agenda: Console.say("wrote \(path): pack it with 'tabled pack \(path)'")
        case .decisions: Console.say("wrote \(path): print the decision notice with 'tabled decisions \(path)'")
        case .minutes: Console.say("wrote \(path): edit what the meeting changed, then write the minutes with 'tabled minutes \(path)'")
        case .project: break
        }
    }

    /// A report for the agenda's meeting, and the agenda with the report added to its items
    /// (before the exclusion item, if any: a new report is public), its comments kept.
    private func report(_ starter: String, joining agendaPath: String) throws -> (String, (path: String, text: String)) {
        let loaded = AgendaFiles.load(agendaPath, from: DiskFiles())
        guard let agenda = loaded.agenda, let text = loaded.text else {
            if let unreadable = loaded.unreadable { Console.fail(unreadable.message) } else { Console.print(loaded.diagnostics) }
            throw ExitStatus.usage.exitCode
        }
        let folder = URL(fileURLWithPath: agendaPath).deletingLastPathComponent().standardizedFileURL.path + "/"
        let report = URL(fileURLWithPath: path).standardizedFileURL.path
        guard report.hasPrefix(folder) else {
            Console.fail("'\(path)' is outside the agenda's folder; an agenda packs only the reports inside it")
            throw ExitStatus.usage.exitCode
        }
        var lines = starter.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let body = lines.firstIndex(where: { $0.hasPrefix("  body:") }), body + 1 < lines.count, lines[body + 1].hasPrefix("  date:") {
            lines[body] = "  body: \(agenda.meeting.body.value)"
            lines[body + 1] = "  date: \(agenda.meeting.date.value)"
        }
        let item = "  - report: " + String(report.dropFirst(folder.count))
        var agendaLines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let exclusion = agendaLines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("- standard: exclusion") }) {
            agendaLines.insert(item, at: exclusion)
        } else {
            while agendaLines.last?.isEmpty == true { agendaLines.removeLast() }
            agendaLines.append(item)
            agendaLines.append("")
        }
        return (lines.joined(separator: "\n"), (agendaPath, agendaLines.joined(separator: "\n")))
    }

    /// A project folder: tabled.yaml, and the starter house style it names; nothing is overwritten.
    private func project() throws {
        let project = (path as NSString).appendingPathComponent(ProjectFile.name)
        let style = (path as NSString).appendingPathComponent("style.yaml")
        for file in [project, style] where FileManager.default.fileExists(atPath: file) {
            Console.fail("'\(file)' already exists; choose another folder")
            throw ExitStatus.usage.exitCode
        }
        do {
            try OutputWriter.makeDirectory(path)
            try OutputWriter.write(DefaultTemplates.files["new-style.yaml"] ?? "", to: style)
            try OutputWriter.write(DefaultTemplates.files["new-project.yaml"] ?? "", to: project)
        } catch {
            Console.fail(error.message)
            throw ExitStatus.writeFailed.exitCode
        }
        Console.say("wrote \(project) and \(style): papers in \(path) and below now render in that style")
    }

    /// The agenda a starter is made from, with its reports read; one that cannot be read ends the run.
    private func readAgenda(_ agendaPath: String) throws -> (Agenda, [Int: Report]) {
        let loaded = AgendaFiles.load(agendaPath, from: DiskFiles())
        guard let agenda = loaded.agenda else {
            if let unreadable = loaded.unreadable { Console.fail(unreadable.message) } else { Console.print(loaded.diagnostics) }
            throw ExitStatus.usage.exitCode
        }
        return (agenda, loaded.readReports().reports)
    }

    /// A minutes file for the agenda's meeting: every item, the members present, the recommendations as resolutions.
    private func minutes(from agendaPath: String) throws -> String {
        let (agenda, reports) = try readAgenda(agendaPath)
        let style = try RendererSetup.make(templates: nil, style: nil).style
        return MinutesStarter.text(agenda: agenda, reports: reports, agendaPath: relative(agendaPath), style: style)
    }

    /// The agenda's path as a file at `path` names it: relative to its folder when it is inside it.
    private func relative(_ agendaPath: String) -> String {
        let absolute = URL(fileURLWithPath: agendaPath).standardizedFileURL.path
        let from = URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL.path + "/"
        if absolute.hasPrefix(from) { return String(absolute.dropFirst(from.count)) }
        // Up as many folders as it takes, then down: a minutes file may sit beside the agenda's folder.
        let fromParts = from.split(separator: "/"), toParts = absolute.split(separator: "/")
        let shared = zip(fromParts, toParts).prefix { $0 == $1 }.count
        return (Array(repeating: "..", count: fromParts.count - shared) + toParts.dropFirst(shared).map(String.init)).joined(separator: "/")
    }

    /// A decisions file with an entry for each report on the agenda, its title as a comment.
    private func scaffold(from agendaPath: String) throws -> String {
        let (agenda, reports) = try readAgenda(agendaPath)
        var lines = ["# What \(agenda.meeting.body.value) decided on \(agenda.meeting.date.value.longForm).",
                     "# `tabled decisions THIS-FILE` prints the decision notice, with the call-in deadline.",
                     "agenda: " + relative(agendaPath),
                     "# published: YYYY-MM-DD     # default: the next working day after the meeting",
                     "decisions:"]
        for (index, item) in agenda.items.enumerated() {
            guard case .report(let path) = item else { continue }
            let report = reports[index]
            lines.append("  - item: \(index + 1)             # \(report?.title.value ?? path.value)")
            if PublicView.isTakenInPrivate(item: index, of: agenda, report: report) {
                lines.append("    decision: \"\"              # exempt: printed nowhere public")
                lines.append("    public_decision: \"\"       # the decision in general terms, for the notice")
            } else {
                lines.append("    decision: \"\"")
                lines.append("    reasons: \"\"")
                lines.append("    alternatives: \"\"")
            }
            lines.append("    interests: None declared.")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
