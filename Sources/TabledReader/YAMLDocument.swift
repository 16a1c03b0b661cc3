import Foundation
import TabledModel

/// Parses YAML text into a node tree, turning every failure into a located diagnostic.
///
/// Aliases are refused by a lexical pass before libyaml runs, with the column an officer
/// sees; the tree's size and depth are bounded as it is built.
enum YAMLDocument {
    static let maximumValues = 200_000
    static let maximumDepth = 64

    /// The root node, or nil with the reason in `diagnostics`.
    static func compose(_ text: String, file: String, diagnostics: inout [Diagnostic]) -> YAMLNode? {
        if text.isBlank {
            diagnostics.append(Diagnostic(.empty, at: .start(of: file), notes: [.init(.emptyHelp)]))
            return nil
        }
        // libyaml rejects a byte-order mark in the middle of a stream; one at the start is fine to drop.
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        if let alias = AliasScanner.firstAlias(in: body) {
            diagnostics.append(aliasError(SourceLocation(file: file, line: alias.line, column: alias.column)))
            return nil
        }
        switch LibYAMLConverter.compose(body, maximumValues: maximumValues, maximumDepth: maximumDepth) {
        case .success(let root?):
            return root
        case .success(nil):
            diagnostics.append(Diagnostic(.empty, at: .start(of: file), notes: [.init(.emptyHelp)]))
        case .failure(let failure):
            diagnostics.append(diagnostic(for: failure, file: file))
        }
        return nil
    }

    private static func aliasError(_ location: SourceLocation) -> Diagnostic {
        Diagnostic(.alias, at: location, notes: [.init(.aliasHelp)])
    }

    private static func diagnostic(for failure: LibYAMLConverter.Failure, file: String) -> Diagnostic {
        func at(_ mark: YAMLNode.Mark) -> SourceLocation {
            SourceLocation(file: file, line: max(1, mark.line), column: max(1, mark.column))
        }
        switch failure {
        case .syntax(let problem, let mark, let context, let contextMark):
            var notes: [Diagnostic.Note] = []
            var primary = at(mark)
            if let context {
                // "found unexpected end of stream" is true but useless at the last line:
                // point at where the unfinished construct (an open quote, say) began.
                if problem.contains("end of stream") {
                    notes.append(.init(.quoted(problem), at: primary))
                    primary = at(contextMark)
                } else {
                    notes.append(.init(.quoted(context), at: at(contextMark)))
                }
            }
            notes.append(.init(.syntaxHelp))
            let kind: DiagnosticKind
            if problem.contains("undefined alias") {
                kind = .undefinedAlias(problem)
            } else if let context, problem.contains("end of stream") {
                kind = .unfinished(context)
            } else {
                kind = .syntax(problem)
            }
            return Diagnostic(kind, at: primary, notes: notes)
        case .duplicateKey(let key, let mark):
            return Diagnostic(.duplicateKey(key), at: at(mark), notes: [.init(.duplicateKeyHelp)])
        case .reader(let problem):
            return Diagnostic(.syntax(problem), at: .start(of: file))
        case .alias(let mark):
            return aliasError(at(mark))
        case .tooManyValues(let mark):
            return Diagnostic(.tooManyValues(limit: maximumValues), at: at(mark))
        case .tooDeep(let mark):
            return Diagnostic(.tooDeep(limit: maximumDepth), at: at(mark))
        }
    }
}
