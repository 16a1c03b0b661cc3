import Foundation

/// What the preview server serves, and the pages listening for changes.
///
/// The last paper that rendered is kept while the paper has errors, so the page can show it
/// greyed behind the list of errors instead of going blank.
actor PreviewState {
    /// What a listening page is told.
    enum Event: Sendable {
        /// A rebuild finished; the page should fetch the status.
        case update(version: Int)
        /// Nothing changed; written so that a page that has gone away is noticed.
        case heartbeat
    }

    private(set) var status: PreviewStatus
    /// The last paper that rendered, as `render` writes it.
    private(set) var paper: String?
    private var listeners: [Int: AsyncStream<Event>.Continuation] = [:]
    private var nextListener = 0
    private var finished = false

    init(file: String) {
        status = PreviewStatus(file: file)
    }

    /// Takes a rebuild's result and tells every page.
    func publish(_ render: PreviewRender) {
        status.version += 1
        status.errors = render.errors
        status.warnings = render.warnings
        if let html = render.html {
            paper = html
            status.paper = status.version
        }
        for listener in listeners.values { listener.yield(.update(version: status.version)) }
    }

    func heartbeat() {
        for listener in listeners.values { listener.yield(.heartbeat) }
    }

    /// A stream of events for one page; it ends when the page goes away or the server stops.
    func listen() -> AsyncStream<Event> {
        let (stream, continuation) = AsyncStream.makeStream(of: Event.self, bufferingPolicy: .bufferingNewest(1))
        guard !finished else {
            continuation.finish()
            return stream
        }
        let id = nextListener
        nextListener += 1
        listeners[id] = continuation
        continuation.onTermination = { _ in Task { await self.forget(id) } }
        return stream
    }

    var listenerCount: Int { listeners.count }

    private func forget(_ id: Int) {
        listeners[id] = nil
    }

    /// Ends every page's stream, so that the server can stop without waiting on them.
    func finish() {
        finished = true
        for listener in listeners.values { listener.finish() }
        listeners = [:]
    }
}
