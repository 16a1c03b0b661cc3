import Foundation
import ServiceLifecycle
import TabledCommandLine

/// Rebuilds the preview whenever a file it depends on changes, and tells the pages.
struct PreviewWatcher: Service {
    let state: PreviewState
    /// Says on the terminal what each rebuild found.
    let report: @Sendable (PreviewRender) -> Void
    private var builder: PreviewBuilder
    private var watched = WatchedFiles(files: [], folders: [])
    private var debouncer = SaveDebouncer(seen: [:])

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
        var lastBeat = clock.now
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            try? await Task.sleep(for: SaveDebouncer.poll)
            let now = clock.now
            if debouncer.observe(watched.snapshot(), at: now) { await rebuild() }
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
        debouncer.rebuilt(from: now == watched ? before : now.snapshot())
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
