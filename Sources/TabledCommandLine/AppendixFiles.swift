import Foundation
import Tabled
import TabledModel
import TabledPack

/// The appendices a report keeps in files of their own (`appendices: [{title: ..., file:
/// annex-1.yaml}]`): each must be there and inside the report's folder. The command line
/// reads them; the stages check and render them with their report, and never read files.
package enum AppendixFiles {
    /// The text of each appendix file the report names, and what stopped any from being read.
    package static func read(_ report: Report?, file: String) -> (sources: [AppendixSource], diagnostics: [Diagnostic]) {
        // Most papers have no appendix files: their folder is not even looked at.
        guard let report, report.appendices.contains(where: { $0.file != nil }) else { return ([], []) }
        var sources: [AppendixSource] = []
        var diagnostics: [Diagnostic] = []
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        let realFolder = FolderBounds.real(folder)
        let realReport = URL(fileURLWithPath: file).resolvingSymlinksInPath().path
        for (index, appendix) in report.appendices.enumerated() {
            guard let written = appendix.file else { continue }
            func outside() {
                diagnostics.append(Diagnostic(.appendixOutside(written.value), at: written.location, notes: [.init(.appendixFileHelp)]))
            }
            guard let relative = ReportPaths.normalise(written.value) else {
                outside()
                continue
            }
            let url = folder.appendingPathComponent(relative)
            guard FolderBounds.contains(url, realFolder: realFolder) else {
                outside()
                continue
            }
            guard url.resolvingSymlinksInPath().path != realReport else {
                diagnostics.append(Diagnostic(.appendixIsReport(written.value), at: written.location, notes: [.init(.appendixFileHelp)]))
                continue
            }
            let shown = ((file as NSString).deletingLastPathComponent as NSString).appendingPathComponent(relative)
            switch InputFile.read(url.path) {
            case .text(let text):
                sources.append(AppendixSource(index: index, text: text, file: shown))
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
