import ArgumentParser
import Foundation

extension ParsableCommand {
    /// Parses the arguments and runs the command, mapping every way out onto Tabled's exit codes.
    ///
    /// ArgumentParser exits 64 for bad usage; Tabled's contract says 2.
    package static func runWithExitStatus() -> Never {
        do {
            var command = try parseAsRoot()
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
}
