import TabledModel

/// Resolving the report paths an agenda names, before anything is read.
public enum ReportPaths {
    /// A report an agenda names, by item index, resolved inside the agenda's folder.
    public struct Resolved: Sendable {
        public var item: Int
        /// The path as written, for messages.
        public var written: Located<String>
        /// The path relative to the agenda's folder, with `.` and `..` resolved.
        public var relative: String
    }

    /// Every report item's path, with errors for paths that leave the agenda's folder or repeat.
    public static func resolve(_ agenda: Agenda) -> (paths: [Resolved], diagnostics: [Diagnostic]) {
        var paths: [Resolved] = []
        var diagnostics: [Diagnostic] = []
        var seen: [String: SourceLocation] = [:]
        for (index, item) in agenda.items.enumerated() {
            guard case .report(let written) = item else { continue }
            guard let relative = FilePath.normalise(written.value) else {
                diagnostics.append(Diagnostic(.reportOutside(written.value), at: written.location))
                continue
            }
            if let first = seen[relative] {
                diagnostics.append(Diagnostic(.reportTwice(written.value), at: written.location, notes: [.init(.firstHere, at: first)]))
                continue
            }
            seen[relative] = written.location
            paths.append(Resolved(item: index, written: written, relative: relative))
        }
        return (paths, diagnostics)
    }

    /// A diagnostic for a report file the CLI could not read.
    public static func missing(_ path: Located<String>, reason: String) -> Diagnostic {
        Diagnostic(.reportMissing(path.value, reason: reason), at: path.location)
    }

    /// A diagnostic for a report reached through a link that leaves the agenda's folder.
    public static func outside(_ path: Located<String>) -> Diagnostic {
        Diagnostic(.reportOutside(path.value), at: path.location)
    }
}
