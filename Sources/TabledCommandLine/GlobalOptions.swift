import Foundation
import TabledModel

/// Options every command takes, wherever they stand on the command line: `--color
/// auto|always|never`, `--quiet` (`-q`: errors only), `--fail-if-warnings` (a warning counts
/// as an error: exit 1, nothing written). Taken out before the command is parsed and kept
/// for the run.
package enum GlobalOptions {
    package enum Colour: String, CaseIterable { case auto, always, never }

    nonisolated(unsafe) package private(set) static var colour = Colour.auto
    nonisolated(unsafe) package private(set) static var quiet = false
    nonisolated(unsafe) package private(set) static var failIfWarnings = false

    /// Takes the options out of `arguments`; an unknown colour is a usage error's message.
    package static func extract(_ arguments: inout [String]) -> String? {
        var kept: [String] = []
        var i = 0
        while i < arguments.count {
            let argument = arguments[i]
            if argument == "--" {
                kept += arguments[i...]
                break
            }
            switch argument {
            case "--quiet", "-q": quiet = true
            case "--fail-if-warnings": failIfWarnings = true
            case "--color", "--colour":
                guard i + 1 < arguments.count, let chosen = Colour(rawValue: arguments[i + 1]) else {
                    return "--color takes auto, always or never"
                }
                colour = chosen
                i += 1
            default:
                if let value = argument.split(separator: "=", maxSplits: 1).dropFirst().first,
                   argument.hasPrefix("--color=") || argument.hasPrefix("--colour=") {
                    guard let chosen = Colour(rawValue: String(value)) else { return "--color takes auto, always or never" }
                    colour = chosen
                } else {
                    kept.append(argument)
                }
            }
            i += 1
        }
        arguments = kept
        return nil
    }

    /// Whether a paper with these diagnostics is refused: errors, or warnings under `--fail-if-warnings`.
    package static func refuses(_ diagnostics: [Diagnostic]) -> Bool {
        diagnostics.hasErrors || (failIfWarnings && diagnostics.contains { $0.severity == .warning })
    }
}
