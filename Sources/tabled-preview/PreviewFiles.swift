import Foundation
import TabledCommandLine

/// Files a previewed paper's page may load from its own folder: pictures, fonts, styles.
///
/// A URL can never reach outside that folder: no `..`, no hidden files, links resolved and
/// checked again, and only the kinds of file a page shows.
struct PreviewFiles: Sendable {
    /// The paper's folder, with every link resolved.
    let root: String

    /// Media types by extension: nothing else is served.
    static let types: [String: String] = [
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp",
        "svg": "image/svg+xml", "ico": "image/x-icon", "css": "text/css; charset=utf-8",
        "woff": "font/woff", "woff2": "font/woff2", "ttf": "font/ttf", "otf": "font/otf",
    ]

    /// Larger files are refused: a page needs nothing this size from a paper's folder.
    static let maximumBytes = 20 * 1024 * 1024

    init?(folder: String) {
        guard let resolved = realpath(folder, nil) else { return nil }
        root = String(cString: resolved)
        free(resolved)
    }

    enum Answer: Equatable {
        case file(Data, type: String)
        case notFound
        case forbidden
    }

    /// The file a URL path names, if it may be served.
    func read(urlPath: String) -> Answer {
        guard let decoded = urlPath.removingPercentEncoding, !decoded.contains("\0"), !decoded.contains("\\") else { return .forbidden }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.isEmpty else { return .notFound }
        // A hidden name or a step up is refused before the file system is asked anything.
        guard segments.allSatisfy({ !$0.hasPrefix(".") }) else { return .forbidden }
        let name = String(segments.last!)
        guard let dot = name.lastIndex(of: "."), let type = Self.types[name[name.index(after: dot)...].lowercased()] else { return .forbidden }
        let path = root + "/" + segments.joined(separator: "/")
        guard let resolved = realpath(path, nil) else { return .notFound }
        let real = String(cString: resolved)
        free(resolved)
        // Links are followed only as far as the folder itself.
        guard real.hasPrefix(root == "/" ? "/" : root + "/") else { return .forbidden }
        guard let data = (try? InputFile.bytes(real, maximumBytes: Self.maximumBytes)) ?? nil else { return .notFound }
        return .file(data, type: type)
    }
}
