import Tabled
import TabledModel
import TabledReader

/// Loads `--style FILE`, or Tabled's standard style when none is given.
package enum HouseStyleFile {
    /// What reading a style file came to, without printing: what `preview` shows on its page.
    package enum Outcome {
        /// The style, with any warnings reading it raised.
        case style(HouseStyle, warnings: [Diagnostic])
        /// The file could not be read at all (exit 2).
        case unreadable(InputFile.Unreadable)
        /// The file is not acceptable input: too large, not UTF-8 (exit 1).
        case rejected(Diagnostic)
        /// The file was read but is not a usable style (exit 1).
        case invalid([Diagnostic])
    }

    package static func read(_ path: String?) -> Outcome {
        guard let path else { return .style(.standard, warnings: []) }
        switch InputFile.read(path) {
        case .unreadable(let unreadable): return .unreadable(unreadable)
        case .rejected(let diagnostic): return .rejected(diagnostic)
        case .text(let text):
            let result = StyleReader.read(text, file: path)
            guard let style = result.style else { return .invalid(result.diagnostics) }
            return .style(style, warnings: result.diagnostics)
        }
    }

    /// The style; a broken file is reported with its locations and ends the run before anything is written.
    package static func load(_ path: String?) throws -> HouseStyle {
        switch read(path) {
        case .unreadable(let unreadable):
            Console.fail(unreadable.message)
            throw ExitStatus.usage.exitCode
        case .rejected(let diagnostic):
            Console.print([diagnostic])
            throw ExitStatus.inputErrors.exitCode
        case .invalid(let diagnostics):
            Console.print(diagnostics)
            Console.err("\(path ?? ""): the house style has errors; nothing was written")
            throw ExitStatus.inputErrors.exitCode
        case .style(let style, let warnings):
            Console.print(warnings)
            return style
        }
    }
}
