/// A long command line as the argument parser is given it: each long run of file names as
/// one stand-in, put back after parsing.
///
/// swift-argument-parser 1.8 stores each value of an array argument by copying the values
/// so far and the set of their places, so parsing n file names costs n² (1,000 papers:
/// 40 ms on one core before the first is read; 10,000: seconds). A plain argument (one not
/// starting with `-`) that follows another plain argument can only be a positional value:
/// an option's value follows the option. So every run of such arguments becomes a stand-in
/// holding a NUL byte, which no real argument can contain, parsed where the run's first
/// name would have been; `expand` puts each run back in its place in the files list.
package struct ArgumentRuns {
    /// The arguments with each run replaced by its stand-in.
    package let condensed: [String]
    private let runs: [String: ArraySlice<String>]

    /// Runs shorter than this are left as they are: they cost the parser little.
    static let shortest = 16

    package init(_ arguments: [String]) {
        var condensed: [String] = []
        var runs: [String: ArraySlice<String>] = [:]
        func isPlain(_ argument: String) -> Bool { !argument.hasPrefix("-") }
        var start = 0
        while start < arguments.count {
            // A run: plain arguments, each after a plain argument.
            var end = start
            while end < arguments.count, end > 0, isPlain(arguments[end]), isPlain(arguments[end - 1]) { end += 1 }
            if end - start >= Self.shortest {
                let standIn = "\u{0}files \(runs.count)"
                runs[standIn] = arguments[start..<end]
                condensed.append(standIn)
                start = end
            } else {
                // A short run as it is, or the one argument that starts no run.
                let next = max(end, start + 1)
                condensed += arguments[start..<next]
                start = next
            }
        }
        self.condensed = condensed
        self.runs = runs
    }

    /// Whether any run was replaced.
    package var condensesAny: Bool { !runs.isEmpty }

    /// The files as given: each stand-in replaced by its run.
    package func expand(_ files: [String]) -> [String] {
        var expanded: [String] = []
        expanded.reserveCapacity(files.count)
        for file in files {
            if let run = runs[file] { expanded += run } else { expanded.append(file) }
        }
        return expanded
    }
}
