import Foundation
import Tabled
import TabledModel
import TabledPack

/// The appendices a report keeps in files of their own (`appendices: [{title: ..., file:
/// annex-1.yaml}]`): each must be there, inside the report's folder, and check clean as a
/// paper of its own. The command line reads them; the stages never read files.
enum AppendixFiles {
    /// What is wrong with the report's appendix files, and in them; nothing if all is well.
    static func check(_ report: Report, file: String, style: HouseStyle) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        let realFolder = FolderBounds.real(folder)
        let realReport = URL(fileURLWithPath: file).resolvingSymlinksInPath().path
        for appendix in report.appendices {
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
            // The report naming itself would only be checked twice.
            guard url.resolvingSymlinksInPath().path != realReport else { continue }
            let shown = ((file as NSString).deletingLastPathComponent as NSString).appendingPathComponent(relative)
            switch InputFile.read(url.path) {
            case .success(let source):
                diagnostics += PaperChecker.check(source, file: shown, style: style).diagnostics
            case .failure(.unreadable(let unreadable)):
                diagnostics.append(Diagnostic(.appendixMissing(written.value, reason: unreadable.reason), at: written.location,
                                              notes: [.init(.appendixFileHelp)]))
            case .failure(.rejected(let diagnostic)):
                diagnostics.append(diagnostic)
            }
        }
        return diagnostics
    }
}
