import ArgumentParser
import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import TabledCommandLine

/// `tabled-preview`: the live preview's server, which `tabled preview` hands its arguments to.
@main
struct PreviewServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tabled-preview",
        abstract: "The server behind `tabled preview`; run `tabled preview` instead.",
        shouldDisplay: false
    )

    @OptionGroup var options: PreviewOptions

    static func main() {
        runWithExitStatus()
    }

    func run() throws {
        guard (0...65535).contains(options.port) else {
            Console.fail("--port \(options.port) is not a port number (0 to 65535)")
            throw ExitStatus.usage.exitCode
        }
        // A paper that is not there at the start is a typo, not an edit in progress.
        if case .unreadable(let unreadable) = InputFile.read(options.file) {
            Console.fail(unreadable.message)
            throw ExitStatus.usage.exitCode
        }
        let folder = URL(fileURLWithPath: options.file).deletingLastPathComponent().path
        guard let files = PreviewFiles(folder: folder) else {
            Console.fail("cannot read the folder '\(folder)'")
            throw ExitStatus.usage.exitCode
        }
        if let problem = LoopbackPort.unavailable(options.port) {
            Console.fail(problem)
            throw ExitStatus.usage.exitCode
        }
        let outcome = Self.serve(file: options.file, port: options.port, files: files,
                                 builder: PreviewBuilder(paper: options.file, style: options.style, templates: options.templates),
                                 open: options.open)
        if let problem = outcome {
            Console.fail(problem)
            throw ExitStatus.usage.exitCode
        }
    }

    /// Runs the server until Ctrl-C; returns what went wrong if it stopped for another reason.
    private static func serve(file: String, port: Int, files: PreviewFiles, builder: PreviewBuilder, open: Bool) -> String? {
        let state = PreviewState(file: file)
        let quiet = Logger(label: "tabled.preview", factory: { _ in SwiftLogNoOpLogHandler() })
        let app = Application(
            router: PreviewServer.router(state: state, files: files),
            configuration: .init(address: .hostname("127.0.0.1", port: port)),
            onServerRunning: { channel in
                let url = "http://127.0.0.1:\(channel.localAddress?.port ?? port)/"
                Console.out("tabled: previewing \(file) at \(url) (Ctrl-C stops)")
                if open { Browser.open(url) }
            },
            logger: quiet
        )
        let done = DispatchSemaphore(value: 0)
        let failure = Failure()
        Task {
            let watcher = await PreviewWatcher.start(state: state, builder: builder, report: PreviewReport.print)
            // Shut down in reverse order: the watcher first, which ends the pages' event streams,
            // so the server has no open response to wait for.
            let group = ServiceGroup(configuration: .init(services: [app, watcher], gracefulShutdownSignals: [.sigint, .sigterm], logger: quiet))
            do {
                try await group.run()
            } catch {
                failure.message = "the preview server stopped: \(error)"
            }
            done.signal()
        }
        done.wait()
        if failure.message == nil { Console.err("tabled: preview stopped") }
        return failure.message
    }

    /// What stopped the server, handed from its task to the waiting thread (the semaphore orders the two).
    private final class Failure: @unchecked Sendable {
        var message: String?
    }
}
