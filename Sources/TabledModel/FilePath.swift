/// Paths as papers and agendas write them, taken apart without touching the disk.
public enum FilePath {
    /// `reports/./a/../b.yaml` → `reports/b.yaml`; nil for an absolute path or one that climbs out.
    public static func normalise(_ path: String) -> String? {
        guard !path.hasPrefix("/"), !path.hasPrefix("~"), !path.contains("\0") else { return nil }
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }

    /// The folder part of `path`, "" for a bare name: `a/b.yaml` → `a`.
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// `relative` named from `folder`: `a` and `b.yaml` → `a/b.yaml`; a bare name stays bare.
    public static func join(_ folder: String, _ relative: String) -> String {
        folder.isEmpty ? relative : (folder.hasSuffix("/") ? folder + relative : folder + "/" + relative)
    }

    /// A path with `.` and `..` steps and doubled slashes taken out, kept absolute or relative as it was.
    public static func tidy(_ path: String) -> String {
        var parts: [Substring] = []
        var climbs = 0
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                if parts.isEmpty { climbs += 1 } else { parts.removeLast() }
            default: parts.append(part)
            }
        }
        let body = (Array(repeating: "..", count: path.hasPrefix("/") ? 0 : climbs) + parts.map(String.init)).joined(separator: "/")
        return path.hasPrefix("/") ? "/" + body : (body.isEmpty ? "." : body)
    }
}
