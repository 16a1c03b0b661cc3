import Foundation

/// The Mustache templates and stylesheet a paper is rendered with, by file name.
public struct TemplateSet: Sendable {
    /// File name ("report.md.mustache", "paper.css") to contents.
    public var files: [String: String]
    /// A council's `reference.docx`, whose styles Word output takes (Pandoc's convention).
    public var referenceDocx: Data?

    public init(files: [String: String], referenceDocx: Data? = nil) {
        self.files = files
        self.referenceDocx = referenceDocx
    }

    /// The templates shipped in Templates/, compiled into the binary.
    public static let defaults = TemplateSet(files: DefaultTemplates.files)

    /// These templates with some replaced by a council's own, by file name.
    public func overriding(with overrides: [String: String]) -> TemplateSet {
        TemplateSet(files: files.merging(overrides) { _, new in new }, referenceDocx: referenceDocx)
    }

    /// The stylesheet every HTML page embeds.
    public var stylesheet: String { files["paper.css"] ?? "" }

    /// Mustache templates by the name partials use: "report" for report.md.mustache.
    ///
    /// Every default is also there as "tabled-NAME", so that a council's own `report`
    /// can inherit the default one: `{{<tabled-report}}{{$header}}...{{/header}}{{/tabled-report}}`.
    var mustacheTemplates: [String: String] {
        var result: [String: String] = [:]
        for (file, text) in DefaultTemplates.files where file.hasSuffix(".md.mustache") {
            result["tabled-" + String(file.dropLast(".md.mustache".count))] = text
        }
        for (file, text) in files where file.hasSuffix(".md.mustache") {
            result[String(file.dropLast(".md.mustache".count))] = text
        }
        return result
    }
}
