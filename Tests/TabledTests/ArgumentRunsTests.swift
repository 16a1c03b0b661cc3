import ArgumentParser
import Testing
import TabledCommandLine

/// A long list of files reaches the argument parser as stand-ins and comes back whole, in
/// its order, with every option as the parser reads the arguments as given.
@Suite struct ArgumentRunsTests {
    struct Listing: ParsableCommand {
        @Argument var files: [String] = []
        @Option(name: .shortAndLong) var output: String?
        @Option(name: .long) var style: String?
        @Flag(name: .long) var profile = false
    }

    @Test func aLongRunIsOneStandIn() {
        let files = (1...40).map { "paper-\($0).yaml" }
        let runs = ArgumentRuns(["render", "-o", "out"] + files + ["--profile"])
        #expect(runs.condensed.count == 5)
        #expect(runs.condensed.prefix(3) == ["render", "-o", "out"])
        #expect(runs.condensed[3].contains("\u{0}"))
        #expect(runs.expand(Array(runs.condensed[3...3])) == files)
    }

    @Test func aShortLineIsLeftAsItIs() {
        let arguments = ["render", "a.yaml", "b.yaml", "--style", "s.yaml", "c.yaml"]
        #expect(ArgumentRuns(arguments).condensed == arguments)
        #expect(!ArgumentRuns(arguments).condensesAny)
    }

    @Test func parsingStandInsGivesTheParseOfTheArguments() throws {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a.yaml", "b.yaml", "dir", "-o", "--output", "--style", "s.yaml", "--profile", "--", "-", "x y.yaml", "é.yaml"]
        var compared = 0
        for _ in 0..<300 {
            let count = Int.random(in: 0...120, using: &generator)
            let arguments = (0..<count).map { i in Bool.random(using: &generator) ? "p\(i).yaml" : pieces.randomElement(using: &generator)! }
            guard let expected = try? Listing.parse(arguments) else { continue }
            let runs = ArgumentRuns(arguments)
            var parsed = try Listing.parse(runs.condensed)
            parsed.files = runs.expand(parsed.files)
            #expect(parsed.files == expected.files, "\(arguments)")
            #expect(parsed.output == expected.output && parsed.style == expected.style && parsed.profile == expected.profile)
            compared += 1
        }
        #expect(compared > 50)
    }
}
