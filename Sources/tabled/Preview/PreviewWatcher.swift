import Foundation
import ServiceLifecycle

/// Rebuilds the preview whenever a file it depends on changes, and tells the pages.
///
/// A burst of saves is one rebuild: it waits until the files have been still for a moment,
/// but never longer than `longest` while they keep changing.
struct PreviewWatcher: Service {
    let state: PreviewState
    /// Says on the terminal what each rebuild found.
    let report: @Sendable (PreviewRender) -> Void
    private var builder: PreviewBuilder
    private var watched = WatchedFiles(files: [], folders: [])
    private var seen: [String: FileFingerprint] = [:]

    static let poll = Duration.milliseconds(25)
    static let quiet = Duration.milliseconds(20)
    static let longest = Duration.milliseconds(300)
    static let heartbeat = Duration.seconds(10)

    /// Builds the paper once, so that the server has it from its first request.
    static func start(state: PreviewState, builder: PreviewBuilder, report: @escaping @Sendable (PreviewRender) -> Void) async -> PreviewWatcher {
        var watcher = PreviewWatcher(state: state, report: report, builder: builder)
        watcher.watched = watcher.files(PreviewRender())
        await watcher.rebuild()
        return watcher
    }

    private init(state: PreviewState, report: @escaping @Sendable (PreviewRender) -> Void, builder: PreviewBuilder) {
        self.state = state
        self.report = report
        self.builder = builder
    }

    func run() async throws {
        var watcher = self
        try await watcher.watch()
    }

    private mutating func watch() async throws {
        let clock = ContinuousClock()
        var firstChange: ContinuousClock.Instant?
        var lastChange = clock.now
        var lastBeat = clock.now
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            try? await Task.sleep(for: Self.poll)
            let now = clock.now
            let current = watched.snapshot()
            if current != seen {
                seen = current
                lastChange = now
                if firstChange == nil { firstChange = now }
            }
            if let first = firstChange, now - lastChange >= Self.quiet || now - first >= Self.longest {
                firstChange = nil
                await rebuild()
            }
            if now - lastBeat >= Self.heartbeat {
                lastBeat = now
                await state.heartbeat()
            }
        }
        await state.finish()
    }

    /// Fingerprints are taken before reading, so a save made during a rebuild is seen.
    private mutating func rebuild() async {
        let before = watched.snapshot()
        let render = builder.build()
        let now = files(render)
        seen = now == watched ? before : now.snapshot()
        watched = now
        await state.publish(render)
        report(render)
    }

    private func files(_ render: PreviewRender) -> WatchedFiles {
        var files = builder.rendererFiles
        files.files.insert(builder.paper, at: 0)
        files.files += render.appendixFiles
        return files
    }
}
