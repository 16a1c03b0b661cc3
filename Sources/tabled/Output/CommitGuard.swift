import Foundation
import Synchronization

/// Holds back SIGINT, SIGTERM, SIGHUP and SIGQUIT while output is being moved into place,
/// so that an interrupted run still moves a paper's files in together; the signal then
/// takes effect as usual. Outside a commit, signals act at once.
enum CommitGuard {
    private static let commits = Atomic<Int>(0)
    private static let pending = Atomic<Int32>(0)
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    /// Installs the handlers; called once, before any output is written.
    static func install() {
        // A parent may have started us with these blocked (test runners and some shells do);
        // Ctrl-C must still stop a run, and a `--watch`.
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for number in signals { sigaddset(&unblocked, number) }
        pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
        for number in signals {
            signal(number) { received in
                if CommitGuard.commits.load(ordering: .sequentiallyConsistent) > 0 {
                    CommitGuard.pending.store(received, ordering: .sequentiallyConsistent)
                } else {
                    signal(received, SIG_DFL)
                    raise(received)
                }
            }
        }
    }

    /// Runs `body` with signals held back, then lets any that arrived take effect.
    static func around<T>(_ body: () throws -> T) rethrows -> T {
        commits.add(1, ordering: .sequentiallyConsistent)
        defer {
            if commits.subtract(1, ordering: .sequentiallyConsistent).newValue == 0 {
                let received = pending.exchange(0, ordering: .sequentiallyConsistent)
                if received != 0 {
                    signal(received, SIG_DFL)
                    raise(received)
                }
            }
        }
        return try body()
    }
}
