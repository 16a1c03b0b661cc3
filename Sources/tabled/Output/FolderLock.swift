import Foundation

/// An exclusive lock on an output folder, held while a run moves its staged files in: two
/// runs into one folder at once then each install all of a paper's files, one after the
/// other, never half of each. The lock is the folder's own (flock on it), so no lock file is
/// left behind, and the kernel lets it go when a run dies.
struct FolderLock {
    private let descriptor: Int32

    /// Waits for the folder's lock; nil if the folder cannot be opened (its moves then fail and say why).
    init?(folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                close(descriptor)
                return nil
            }
        }
        self.descriptor = descriptor
    }

    func release() {
        _ = flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// Runs `body` holding the locks of every folder, taken in one order so that runs never wait on each other in a ring.
    static func holding<T>(_ folders: Set<String>, _ body: () -> T) -> T {
        let locks = folders.sorted().compactMap(FolderLock.init)
        defer { locks.forEach { $0.release() } }
        return body()
    }
}
