import Foundation
import TabledCommandLine

/// Opens a page in the user's browser for `--open`.
enum Browser {
    static func open(_ url: String) {
        let opener = ["xdg-open", "open"].first { command in
            (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
                .contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(command)") }
        }
        guard let opener else {
            Console.err("tabled: --open: no xdg-open here; open \(url) in a browser")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [opener, url]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            Console.err("tabled: --open: could not start \(opener); open \(url) in a browser")
        }
    }
}
