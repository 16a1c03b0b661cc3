import Foundation
import TabledModel

/// Runs poppler's `pdftotext -bbox-layout` on a PDF: its words with their boxes, page by
/// page, for `PDFPaperReader`. Poppler does the PDF; Tabled reads only its XHTML.
enum PDFWordBoxes {
    static let installHelp = "checking a PDF needs poppler's pdftotext: install it with 'apt-get install poppler-utils'"
    /// A 50-page pack gives a few megabytes of boxes; this bounds a hostile file.
    static let maximumOutputBytes = 512 * 1024 * 1024
    /// Poppler reads a real pack in well under a second a page; a file that takes longer is refused.
    static let timeoutSeconds = 120.0

    enum Failure: Error {
        /// pdftotext is not installed: exit 2.
        case missingTool
        /// Poppler could not read the file: a diagnostic on the file.
        case unreadable(DiagnosticKind.UnreadablePaper)
    }

    static func read(_ path: String) -> Result<[UInt8], Failure> {
        guard let tool = locate() else { return .failure(.missingTool) }
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
        let timer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeoutSeconds, execute: timer)
        defer { timer.cancel() }
        let errorText = LockedBuffer()
        let errorReader = Thread { errorText.set(errors.fileHandleForReading.readDataToEndOfFile()) }
        errorReader.start()
        var bytes: [UInt8] = []
        let reader = output.fileHandleForReading
        while true {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            bytes += chunk
            if bytes.count > maximumOutputBytes {
                process.terminate()
                process.waitUntilExit()
                return .failure(.unreadable(.popplerOutputTooLarge(megabytes: maximumOutputBytes / 1024 / 1024)))
            }
        }
        process.waitUntilExit()
        let message = errorText.waitForText()
        if process.terminationReason == .uncaughtSignal {
            return .failure(.unreadable(.popplerTimeout(seconds: Int(timeoutSeconds))))
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

    private static func locate() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/pdftotext" }.first { FileManager.default.isExecutableFile(atPath: $0) }
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
