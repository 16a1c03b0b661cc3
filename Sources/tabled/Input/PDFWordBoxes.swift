import Foundation
import TabledModel

/// Runs poppler's `pdftotext -bbox-layout` on a PDF: its words with their boxes, page by
/// page, for `PDFPaperReader`. Poppler does the PDF; Tabled reads only its XHTML.
enum PDFWordBoxes {
    static let installHelp = "checking a PDF needs poppler's pdftotext: install it with 'apt-get install poppler-utils'"
    /// A 50-page pack gives a few megabytes of boxes; this bounds a hostile file.
    static let maximumOutputBytes = 256 * 1024 * 1024

    /// How long poppler may take on a file of this many bytes: 6 seconds and 20 a megabyte, at
    /// most 120. A real pack takes well under a second a page and stores its text in far more
    /// bytes than that (fonts, drawing); a few kilobytes of one page drawn a hundred times, on
    /// which poppler's layout is slower than linear in the words, are stopped early.
    static func timeoutSeconds(forFileOf bytes: Int) -> Int {
        min(120, 6 + bytes / (50 * 1024))
    }

    /// How many words a file of this many bytes may give: 100,000 and 200 a kilobyte, at most
    /// `maximumWords`. Real papers give under ten words a kilobyte (Tests/Published: 2 to 8).
    static func maximumWords(forFileOf bytes: Int) -> Int {
        min(maximumWords, 100_000 + bytes / 1024 * 200)
    }

    /// The most words of any file: the reader's own limit on elements.
    static let maximumWords = 2_000_000

    enum Failure: Error {
        /// pdftotext is not installed: exit 2.
        case missingTool
        /// Poppler could not read the file: a diagnostic on the file.
        case unreadable(DiagnosticKind.UnreadablePaper)
    }

    static func read(_ path: String) -> Result<[UInt8], Failure> {
        guard let tool = locate() else { return .failure(.missingTool) }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let timeout = timeoutSeconds(forFileOf: size)
        let wordLimit = maximumWords(forFileOf: size)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        // "--" so that a file named like an option is a file.
        process.arguments = ["-bbox-layout", "-enc", "UTF-8", "--", path, "-"]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return .failure(.unreadable(.popplerCannotStart(error.localizedDescription)))
        }
        let timer = DispatchWorkItem { if process.isRunning { stop(process) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(timeout), execute: timer)
        defer { timer.cancel() }
        let errorText = LockedBuffer()
        let errorReader = Thread { errorText.set(errors.fileHandleForReading.readDataToEndOfFile()) }
        errorReader.start()
        var bytes: [UInt8] = []
        var words = WordCounter()
        let reader = output.fileHandleForReading
        while true {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            let from = bytes.count
            bytes += chunk
            words.count(bytes, from: from)
            if bytes.count > maximumOutputBytes || words.total > wordLimit {
                stop(process)
                process.waitUntilExit()
                if words.total > wordLimit { return .failure(.unreadable(.tooManyWordsForSize(wordLimit, kilobytes: size / 1024))) }
                return .failure(.unreadable(.popplerOutputTooLarge(megabytes: maximumOutputBytes / 1024 / 1024)))
            }
        }
        process.waitUntilExit()
        let message = errorText.waitForText()
        if process.terminationReason == .uncaughtSignal {
            return .failure(.unreadable(.popplerTimeout(seconds: timeout, kilobytes: size / 1024)))
        }
        guard process.terminationStatus == 0 else {
            if message.lowercased().contains("password") || message.lowercased().contains("encrypt") {
                return .failure(.unreadable(.encrypted))
            }
            let firstLine = message.split(separator: "\n").first.map(String.init) ?? "pdftotext failed"
            return .failure(.unreadable(.popplerCannotRead(firstLine)))
        }
        return .success(bytes)
    }

    /// Ends poppler with SIGKILL: a child started from one of Dispatch's threads inherits its
    /// blocked signals, SIGTERM (`Process.terminate`) among them, and would run on.
    private static func stop(_ process: Process) {
        kill(process.processIdentifier, SIGKILL)
    }

    private static func locate() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/pdftotext" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Counts `<word` as poppler's output arrives, so that a file of too many words is stopped
    /// before its boxes are all held.
    struct WordCounter {
        private(set) var total = 0
        private static let marker = Array("<word".utf8)

        /// Counts the markers starting at or after `from`, and those straddling it.
        mutating func count(_ bytes: [UInt8], from: Int) {
            var i = max(0, from - Self.marker.count + 1)
            let end = bytes.count - Self.marker.count
            while i <= end {
                if bytes[i] == 0x3C, bytes[i + 1] == 0x77, bytes[i + 2] == 0x6F, bytes[i + 3] == 0x72, bytes[i + 4] == 0x64 { total += 1 }
                i += 1
            }
        }
    }

    /// Standard error, read on its own thread so that neither pipe can fill and stall poppler.
    private final class LockedBuffer: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var data = Data()

        func set(_ read: Data) {
            data = read
            done.signal()
        }

        func waitForText() -> String {
            done.wait()
            return String(decoding: data, as: UTF8.self)
        }
    }
}
