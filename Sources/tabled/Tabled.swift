import ArgumentParser
import Foundation

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
        subcommands: [Render.self, Check.self, Preview.self, Pack.self, Decisions.self, ForwardPlan.self, New.self]
    )

    /// Runs the command, mapping every way out onto Tabled's exit codes.
    ///
    /// ArgumentParser exits 64 for bad usage; Tabled's contract says 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                Console.out(fullMessage(for: error))
                Foundation.exit(ExitStatus.success.rawValue)
            }
            Console.err(fullMessage(for: error))
            Foundation.exit(ExitStatus.usage.rawValue)
        }
    }
}
