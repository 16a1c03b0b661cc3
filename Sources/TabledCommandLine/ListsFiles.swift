import ArgumentParser

/// A command whose positional arguments are a list of files, which `ArgumentRuns` may condense.
package protocol ListsFiles: ParsableCommand {
    var listedFiles: [String] { get set }
}
