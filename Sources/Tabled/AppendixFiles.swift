import TabledModel

/// The appendices a report keeps in files of their own (`appendices: [{title: ..., file:
/// annex-1.yaml}]`): each must be there and inside the report's folder. Read through the
/// entry point's file source; the stages check and render them with their report.
enum AppendixFiles {
    /// The text of each appendix file the report names, and what stopped any from being read.
    static func read(_ report: Report?, file: String, from files: some FileSource) -> (sources: [AppendixSource], diagnostics: [Diagnostic]) {
        // Most papers have no appendix files: their folder is not even looked at.
        guard let report, report.appendices.contains(where: { $0.file != nil }) else { return ([], []) }
        var sources: [AppendixSource] = []
        var diagnostics: [Diagnostic] = []
        let folder = FilePath.folder(of: file)
        let realReport = files.resolved(file)
        for (index, appendix) in report.appendices.enumerated() {
            guard let written = appendix.file else { continue }
            func outside() {
                diagnostics.append(Diagnostic(.appendixOutside(written.value), at: written.location, notes: [.init(.appendixFileHelp)]))
            }
            guard let relative = FilePath.normalise(written.value) else {
                outside()
                continue
            }
            let path = FilePath.join(folder, relative)
            guard files.isInside(path, folder: folder) else {
                outside()
                continue
            }
            guard files.resolved(path) != realReport else {
                diagnostics.append(Diagnostic(.appendixIsReport(written.value), at: written.location, notes: [.init(.appendixFileHelp)]))
                continue
            }
            switch files.read(path) {
            case .text(let text):
                sources.append(AppendixSource(index: index, text: text, file: path))
            case .unreadable(let unreadable):
                diagnostics.append(Diagnostic(.appendixMissing(written.value, reason: unreadable.reason), at: written.location,
                                              notes: [.init(.appendixFileHelp)]))
            case .rejected(let diagnostic):
                diagnostics.append(diagnostic)
            }
        }
        return (sources, diagnostics)
    }
}
