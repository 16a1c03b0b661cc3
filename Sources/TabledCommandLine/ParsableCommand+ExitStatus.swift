import ArgumentParser
import Foundation

extension ParsableCommand {
    /// Parses the arguments and runs the command, mapping every way out onto Tabled's exit codes.
    ///
    /// ArgumentParser exits 64 for bad usage; Tabled's contract says 2.
    package static func runWithExitStatus(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        do {
            var command = try parseLongAsRoot(arguments)
            try command.run()
            Foundation.exit(ExitStatus.success.rawValue)
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            // --help and --version arrive as errors whose exit code is success.
            if exitCode(for: error) == .success {
                Console.out(fullMessage(for: error))
                Foundation.exit(ExitStatus.success.rawValue)
            }
            Console.err(fullMessage(for: error))
            Foundation.exit(ExitStatus.usage.rawValue)
        }
    }

    /// The command the arguments name, with long runs of file names parsed as stand-ins.
    ///
    /// Anything but a command that lists files, and every error, is parsed again from the
    /// arguments as given: the stand-ins never reach a message or another command's values.
    private static func parseLongAsRoot(_ arguments: [String]) throws -> ParsableCommand {
        let runs = ArgumentRuns(arguments)
        guard runs.condensesAny, var command = (try? parseAsRoot(runs.condensed)) as? any ListsFiles else {
            return try parseAsRoot(arguments)
        }
        command.listedFiles = runs.expand(command.listedFiles)
        return command
    }
}
