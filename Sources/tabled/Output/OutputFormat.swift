import ArgumentParser
import Foundation
import TabledCommandLine
import TabledModel

/// An output form `render` can write.
enum OutputFormat: String, CaseIterable {
    /// `markdown` writes the document tree as GitHub-flavoured Markdown; `docx` as Word.
    case html, text, pdf, markdown, docx

    /// The format a file name's extension names (`.html`, `.txt`, `.pdf`, `.docx`, `.md`), if any.
    static func named(byExtensionOf path: String) -> OutputFormat? {
        let ext = (path as NSString).pathExtension.lowercased()
        guard !ext.isEmpty else { return nil }
        return allCases.first { $0.fileExtension == ext }
    }

    var fileExtension: String {
        switch self {
        case .html: "html"
        case .text: "txt"
        case .pdf: "pdf"
        case .markdown: "md"
        case .docx: "docx"
        }
    }

    /// Parses `html,text`.
    static func list(_ text: String) -> Result<[OutputFormat], UsageError> {
        var formats: [OutputFormat] = []
        for part in text.split(separator: ",").map(\.trimmedOfSpaces) where !part.isEmpty {
            guard let format = OutputFormat(rawValue: part) else { return .failure(UsageError(message: "unknown format '\(part)'; formats are html, text, pdf, docx and markdown")) }
            if !formats.contains(format) { formats.append(format) }
        }
        return formats.isEmpty ? .failure(UsageError(message: "no output format in '\(text)'")) : .success(formats)
    }
}
