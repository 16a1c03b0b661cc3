import Foundation
import Tabled
import TabledCommandLine
import TabledModel
import TabledPresent

/// Reads a paper with its house style and templates, and renders it exactly as `render`
/// would, keeping what the preview page shows.
///
/// The renderer is kept between rebuilds while the style and templates are unchanged, so an
/// edit to the paper costs one render, not a template parse as well.
struct PreviewBuilder {
    let paper: String
    let style: String?
    let templates: String?

    private var renderer: (inputs: [String: FileFingerprint], made: Result<PaperRenderer, Failure>)?

    /// Why no renderer could be made: the same entries every rebuild shows until it is fixed.
    struct Failure: Error {
        var errors: [PreviewStatus.Entry]
    }

    init(paper: String, style: String?, templates: String?) {
        self.paper = paper
        self.style = style
        self.templates = templates
    }

    /// The style and templates: the inputs the renderer is made from.
    var rendererFiles: WatchedFiles {
        WatchedFiles(files: style.map { [$0] } ?? [], folders: templates.map { [$0] } ?? [])
    }

    mutating func build() -> PreviewRender {
        let inputs = rendererFiles.snapshot()
        if renderer?.inputs != inputs { renderer = (inputs, makeRenderer()) }
        guard let made = renderer?.made else { return PreviewRender() }
        let paperRenderer: PaperRenderer
        switch made {
        case .success(let value): paperRenderer = value
        case .failure(let failure): return PreviewRender(errors: failure.errors)
        }
        var result = PreviewRender(warnings: styleWarnings)
        let processed = paperRenderer.process(paper, from: DiskFiles(), goal: .render)
        if let unreadable = processed.unreadable {
            result.errors = [PreviewStatus.unreadable(unreadable.message)]
        }
        for diagnostic in processed.diagnostics {
            let entry = PreviewStatus.entry(diagnostic, source: processed.text.map { (paper, $0) })
            if diagnostic.severity == .error { result.errors.append(entry) } else { result.warnings.append(entry) }
        }
        if let rendered = processed.paper {
            result.html = rendered.html
        }
        // Watched from the start, so that fixing a missing appendix file rebuilds the preview.
        result.appendixFiles = processed.report.map { report in
            report.appendices.compactMap { $0.file?.value }.map { FilePath.join(FilePath.folder(of: paper), $0) }
        } ?? []
        return result
    }

    /// Warnings from reading the style, shown with every rebuild while they stand.
    private var styleWarnings: [PreviewStatus.Entry] = []

    private mutating func makeRenderer() -> Result<PaperRenderer, Failure> {
        styleWarnings = []
        let houseStyle: HouseStyle
        switch HouseStyleFile.read(style) {
        case .unreadable(let unreadable):
            return .failure(Failure(errors: [PreviewStatus.unreadable("--style: " + unreadable.message)]))
        case .rejected(let diagnostic):
            return .failure(Failure(errors: [PreviewStatus.entry(diagnostic, source: nil)]))
        case .invalid(let diagnostics):
            return .failure(Failure(errors: diagnostics.map { PreviewStatus.entry($0, source: styleSource) }))
        case .style(let value, let warnings):
            houseStyle = value
            styleWarnings = warnings.map { PreviewStatus.entry($0, source: styleSource) }
        }
        let templateSet: TemplateSet
        switch TemplateFolder.load(templates) {
        case .success(let set): templateSet = set
        case .failure(let error): return .failure(Failure(errors: [PreviewStatus.unreadable(error.message)]))
        }
        do {
            return .success(try PaperRenderer(templates: templateSet, style: houseStyle))
        } catch {
            return .failure(Failure(errors: [PreviewStatus.unreadable("\(error)")]))
        }
    }

    /// The style file's text, read again only to show the lines a diagnostic points at.
    private var styleSource: (file: String, text: String)? {
        guard let style, case .text(let text) = InputFile.read(style) else { return nil }
        return (style, text)
    }
}
