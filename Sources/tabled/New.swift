import ArgumentParser
import Foundation
import TabledPresent

/// `tabled new`: a commented starting file that renders as it is.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a commented starting report or agenda."
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case report, agenda
    }

    @Argument(help: "What to start: report or agenda.")
    var kind: Kind

    @Argument(help: "Where to write it; an existing file is never overwritten.")
    var path: String

    func run() throws {
        guard let starter = DefaultTemplates.files["new-\(kind.rawValue).yaml"] else {
            Console.fail("there is no starting \(kind.rawValue)")
            throw ExitStatus.usage.exitCode
        }
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
        let command = kind == .report ? "render" : "pack"
        Console.out("wrote \(path): \(command) it with 'tabled \(command) \(path)'")
    }
}
