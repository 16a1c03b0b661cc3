import Foundation
import Testing
import TabledCommandLine

/// A paper's output name, read from a plain file name, is the one URL gives; any other is left to URL.
@Suite struct OutputNameTests {
    @Test(arguments: ["report.yaml", "Examples/brent/report.yaml", "/abs/annex-1a.yaml", "x.tar.gz", "noext",
                      "a b/c d.yaml", "../up/paper_2.yaml", "./here/Paper.YAML", "a..yaml", "dir//x.yaml"])
    func plainNamesAreURLs(_ path: String) {
        #expect(OutputName.plain(path) == URL(fileURLWithPath: path, isDirectory: false).deletingPathExtension().lastPathComponent)
    }

    @Test(arguments: [".hidden", "trail.", "...yaml", "~x.yaml", "café.yaml", "a/", "a/..", "", "%20.yaml", "x.y\u{301}"])
    func otherNamesAreLeftToURL(_ path: String) {
        #expect(OutputName.plain(path) == nil)
    }

    /// Random paths over the characters that matter: wherever the name is read, it is URL's.
    @Test func agreesWithURLOnRandomPaths() {
        var generator = SeededGenerator(seed: 20261124)
        let pieces = ["a", ".", " ", "é", "/", "x", "~", "-", "_", "Z", "9", "..", "/./", "//", ";"]
        var read = 0
        for i in 0..<20_000 {
            let path = (0..<Int.random(in: 1...7, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
                + (i.isMultiple(of: 2) ? ".yaml" : "")
            guard let name = OutputName.plain(path) else { continue }
            read += 1
            #expect(name == URL(fileURLWithPath: path, isDirectory: false).deletingPathExtension().lastPathComponent, "\(path)")
        }
        #expect(read > 2_000)
    }
}
