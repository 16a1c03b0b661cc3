import ArgumentParser
import Foundation
import TabledCommandLine
import TabledModel

/// The `tabled` command: the only place that reads arguments, touches files or prints.
@main
struct TabledCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        // Every command names itself: a name derived from the type costs a scan of every
        // protocol conformance in the program at start-up.
        commandName: "tabled",
        abstract: "Board papers from YAML, checked before they are published.",
        discussion: """
        Exit codes: 0 fine (warnings allowed); 1 an input has errors and nothing was written \
        for it; 2 bad usage or an unreadable file; 3 output could not be written.
        """,
        version: TabledCommand.version,
        subcommands: [Render.self, Check.self, Preview.self, Pack.self, Decisions.self, MinutesCommand.self, ForwardPlan.self, New.self]
    )

    static let version = "0.1.0"

    static func main() {
        // Scripts ask for the version to see that Tabled is there: answered before the parser
        // builds its tree of every command's options, which is most of a bare start-up.
        if CommandLine.arguments.dropFirst() == ["--version"] {
            Console.out(version)
            Foundation.exit(ExitStatus.success.rawValue)
        }
        var arguments = Array(CommandLine.arguments.dropFirst())
        if let problem = GlobalOptions.extract(&arguments) {
            Console.fail(problem)
            Foundation.exit(ExitStatus.usage.rawValue)
        }
        if arguments == ["version"] || arguments == ["-V"] {
            Console.out(version)
            Foundation.exit(ExitStatus.success.rawValue)
        }
        // A mistyped command is named back with the nearest, not taken for file names.
        let commands = configuration.subcommands.compactMap { $0.configuration.commandName } + ["version", "help"]
        if let first = arguments.first, !first.hasPrefix("-"), !commands.contains(first) {
            let nearest = Suggestion.closest(to: first, in: commands).map { "; did you mean '\($0)'?" } ?? ""
            Console.fail("'\(first)' is not a tabled command\(nearest) (tabled --help lists them)")
            Foundation.exit(ExitStatus.usage.rawValue)
        }
        runWithExitStatus(arguments)
    }
}
