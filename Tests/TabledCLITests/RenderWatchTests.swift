import Foundation
import Testing

/// `tabled render --watch`: files written again after each save, until Ctrl-C.
@Suite struct RenderWatchTests {
    /// Waits until `condition` holds; false after 30 seconds.
    static func eventually(_ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if condition() { return true }
            usleep(20_000)
        }
        return false
    }

    @Test func rendersAgainAfterEachSaveAndKeepsTheLastGoodFiles() throws {
        let folder = try CLI.temporaryFolder()
        let paper = folder.appendingPathComponent("paper.yaml")
        let html = folder.appendingPathComponent("out/paper.html")
        let log = folder.appendingPathComponent("stderr.txt")
        try BadInputTests.good.write(to: paper, atomically: true, encoding: .utf8)
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = ["render", "paper.yaml", "-o", "out", "--format", "html", "--watch"]
        process.currentDirectoryURL = folder
        process.standardError = try FileHandle(forWritingTo: log)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        func page() -> String { (try? String(contentsOf: html, encoding: .utf8)) ?? "" }
        func said() -> String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

        #expect(Self.eventually { page().contains("<title>Paper –") })
        try BadInputTests.good.replacingOccurrences(of: "title: Paper", with: "title: Saved again")
            .write(to: paper, atomically: true, encoding: .utf8)
        #expect(Self.eventually { page().contains("<title>Saved again –") })

        try BadInputTests.good.replacingOccurrences(of: "[4.0]", with: "[4.5]").write(to: paper, atomically: true, encoding: .utf8)
        #expect(Self.eventually { said().contains("paper.yaml:16:45: error: ") })
        #expect(process.isRunning, "an error does not end the watch")
        #expect(page().contains("<title>Saved again –"), "the last good files stay")

        try BadInputTests.good.write(to: paper, atomically: true, encoding: .utf8)
        #expect(Self.eventually { page().contains("<title>Paper –") })
        kill(process.processIdentifier, SIGINT)
        #expect(Self.eventually { !process.isRunning })
    }
}
