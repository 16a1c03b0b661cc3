import Foundation
import Tabled

/// The repository's own files as a file source, by paths relative to its root, wherever the tests run from.
struct RepositoryFiles: FileSource {
    func read(_ path: String) -> FileReading {
        guard let text = try? String(contentsOf: TestSupport.root.appendingPathComponent(path), encoding: .utf8) else {
            return .unreadable(UnreadableFile(path: path, reason: "no such file"))
        }
        return .text(text)
    }

    func resolved(_ path: String) -> String {
        TestSupport.root.appendingPathComponent(path).resolvingSymlinksInPath().path
    }
}
