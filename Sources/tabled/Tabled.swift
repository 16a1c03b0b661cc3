import ArgumentParser

/// The `tabled` command: the only place that reads arguments, touches files or prints.
@main
struct TabledCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tabled",
        abstract: "Board papers from YAML, checked before they are published.",
        discussion: """
        Exit codes: 0 fine (warnings allowed); 1 an input has errors and nothing was written \
        for it; 2 bad usage or an unreadable file; 3 output could not be written.
        """,
        version: "0.1.0",
        subcommands: [Render.self, Check.self, New.self]
    )
}
