import Foundation

/// Runs a PDF tool on a published file within a time and an output limit: poppler for the
/// words, MuPDF for the drawn rules. Its output is read as it arrives, so that a hostile file
/// is stopped before its output is all held.
struct BoundedRun {
    enum Ending {
        /// The tool ran to its end: its exit status and standard error.
        case finished(status: Int32, errors: String)
        /// Stopped at the time limit.
        case timedOut
        /// Stopped because `keepReading` said so.
        case stopped
        /// The tool could not be started: the system's words.
        case cannotStart(String)
    }

    var output: [UInt8] = []
    var ending: Ending

    /// Runs `tool` with `arguments` (and `input` as its standard input, a file), for at most `seconds`;
    /// `keepReading` sees the output so far and where the new chunk starts, and stops the tool
    /// by returning false.
    static func run(_ tool: String, _ arguments: [String], input: [UInt8]? = nil, seconds: Int,
                    keepReading: (_ output: [UInt8], _ from: Int) -> Bool) -> BoundedRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        if let input {
            guard let file = unlinkedFile(holding: input) else { return BoundedRun(ending: .cannotStart("cannot write a temporary file")) }
            process.standardInput = file
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        do {
            try process.run()
        } catch {
            return BoundedRun(ending: .cannotStart(error.localizedDescription))
        }
        let timer = DispatchWorkItem { if process.isRunning { stop(process) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(seconds), execute: timer)
        defer { timer.cancel() }
        // Read on its own thread, so that neither pipe can fill and stall the tool.
        let errorText = AwaitedValue(Data())
        let errorReader = Thread { errorText.set(errors.fileHandleForReading.readDataToEndOfFile()) }
        errorReader.start()
        var run = BoundedRun(ending: .stopped)
        let reader = output.fileHandleForReading
        while true {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            let from = run.output.count
            run.output += chunk
            if !keepReading(run.output, from) {
                stop(process)
                process.waitUntilExit()
                return run
            }
        }
        process.waitUntilExit()
        let message = String(decoding: errorText.wait(), as: UTF8.self)
        run.ending = process.terminationReason == .uncaughtSignal ? .timedOut : .finished(status: process.terminationStatus, errors: message)
        return run
    }

    /// The input as a file already unlinked: the tool may seek in it (MuPDF reads its script
    /// from `/dev/stdin` only if it can), and no file is left behind whatever happens.
    private static func unlinkedFile(holding input: [UInt8]) -> FileHandle? {
        var template = Array((NSTemporaryDirectory() + "/.tabled-input-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return nil }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        guard (try? handle.write(contentsOf: input)) != nil, lseek(descriptor, 0, SEEK_SET) == 0 else { return nil }
        return handle
    }

    /// The tool's path on PATH, if it is installed.
    static func locate(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Ends the tool with SIGKILL: a child started from one of Dispatch's threads inherits its
    /// blocked signals, SIGTERM (`Process.terminate`) among them, and would run on.
    private static func stop(_ process: Process) {
        kill(process.processIdentifier, SIGKILL)
    }
}
