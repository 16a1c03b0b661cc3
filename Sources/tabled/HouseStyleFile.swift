import Tabled
import TabledModel
import TabledReader

/// Loads `--style FILE`, or Tabled's standard style when none is given.
enum HouseStyleFile {
    /// The style; a broken file is reported with its locations and ends the run before anything is written.
    static func load(_ path: String?) throws -> HouseStyle {
        guard let path else { return .standard }
        switch InputFile.read(path) {
        case .failure(.unreadable(let unreadable)):
            Console.fail(unreadable.message)
            throw ExitStatus.usage.exitCode
        case .failure(.rejected(let diagnostic)):
            Console.print([diagnostic])
            throw ExitStatus.inputErrors.exitCode
        case .success(let text):
            let result = StyleReader.read(text, file: path)
            Console.print(result.diagnostics)
            guard let style = result.style else {
                Console.err("\(path): the house style has errors; nothing was written")
                throw ExitStatus.inputErrors.exitCode
            }
            return style
        }
    }
}
