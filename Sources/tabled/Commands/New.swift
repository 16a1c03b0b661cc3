import ArgumentParser
import Foundation
import TabledCommandLine
import TabledPresent

/// `tabled new`: a commented starting file that renders as it is.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a commented starting report, agenda or decisions file.",
        discussion: "With --agenda, a decisions file has one entry for each report on that agenda."
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case report, agenda, decisions
    }

    @Argument(help: "What to start: report or agenda.")
    var kind: Kind

    @Argument(help: "Where to write it; an existing file is never overwritten.")
    var path: String

    @Option(name: .long, help: "For decisions: the agenda to make one entry per report for.")
    var agenda: String?

    func run() throws {
        guard var starter = DefaultTemplates.files["new-\(kind.rawValue).yaml"] else {
            Console.fail("there is no starting \(kind.rawValue)")
            throw ExitStatus.usage.exitCode
        }
        if kind == .decisions, let agenda { starter = try scaffold(from: agenda) }
        if FileManager.default.fileExists(atPath: path) {
            Console.fail("'\(path)' already exists; choose another path")
            throw ExitStatus.usage.exitCode
        }
        do {
            try OutputWriter.write(starter, to: path)
        } catch {
            Console.fail(error.message)
            throw ExitStatus.writeFailed.exitCode
        }
        let command = kind == .report ? "render" : (kind == .agenda ? "pack" : "decisions")
        Console.out("wrote \(path): \(command) it with 'tabled \(command) \(path)'")
    }

    /// A decisions file with an entry for each report on the agenda, its title as a comment.
    private func scaffold(from agendaPath: String) throws -> String {
        let loaded = AgendaLoader.load(agendaPath)
        guard let agenda = loaded.agenda else {
            if let failure = loaded.failure { Console.fail(failure) } else { Console.print(loaded.diagnostics) }
            throw ExitStatus.usage.exitCode
        }
        let (reports, _) = NoticeWriter.reports(loaded.sources)
        let relative = URL(fileURLWithPath: agendaPath).standardizedFileURL.path
        let from = URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL.path + "/"
        var lines = ["# What \(agenda.meeting.body.value) decided on \(agenda.meeting.date.value.longForm).",
                     "# `tabled decisions THIS-FILE` prints the decision notice, with the call-in deadline.",
                     "agenda: " + (relative.hasPrefix(from) ? String(relative.dropFirst(from.count)) : relative),
                     "# published: YYYY-MM-DD     # default: the next working day after the meeting",
                     "decisions:"]
        for (index, item) in agenda.items.enumerated() {
            guard case .report(let path) = item else { continue }
            let report = reports[index]
            lines.append("  - item: \(index + 1)             # \(report?.title.value ?? path.value)")
            if report?.exempt != nil {
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
