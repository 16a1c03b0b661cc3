/// Turns polled snapshots of watched files into rebuilds: one once the files have been still
/// for `quiet`, and one every `longest` while they keep changing, so a burst of saves is one
/// rebuild and a file that never settles still shows progress.
package struct SaveDebouncer {
    package static let poll = Duration.milliseconds(25)
    package static let quiet = Duration.milliseconds(20)
    package static let longest = Duration.milliseconds(300)

    private var seen: [String: FileFingerprint]
    private var firstChange: ContinuousClock.Instant?
    private var lastChange: ContinuousClock.Instant?

    /// Starts from the files as they were when last read.
    package init(seen: [String: FileFingerprint]) {
        self.seen = seen
    }

    /// Whether to rebuild now, given the files as they are.
    package mutating func observe(_ current: [String: FileFingerprint], at now: ContinuousClock.Instant) -> Bool {
        if current != seen {
            seen = current
            lastChange = now
            if firstChange == nil { firstChange = now }
        }
        guard let first = firstChange, let last = lastChange, now - last >= Self.quiet || now - first >= Self.longest else { return false }
        firstChange = nil
        lastChange = nil
        return true
    }

    /// After a rebuild: the files as they were just before it read them.
    package mutating func rebuilt(from snapshot: [String: FileFingerprint]) {
        seen = snapshot
    }
}
