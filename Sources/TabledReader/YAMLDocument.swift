import Foundation
import TabledModel
import Yams

/// Parses YAML text into a Yams node tree, turning every failure into a located diagnostic.
///
/// Aliases are refused before Yams runs (it expands them without limit), and the tree's
/// size and depth are bounded.
enum YAMLDocument {
    static let maximumValues = 200_000
    static let maximumDepth = 64

    /// The root node, or nil with the reason in `diagnostics`.
    static func compose(_ text: String, file: String, diagnostics: inout [Diagnostic]) -> Node? {
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
        let root: Node?
        do {
            // Plain scalars are read as written, never by their resolved tag, so the basic resolver (no
            // regular expressions) does; explicit UTF-8 spares reading the environment on every call.
            root = try Yams.compose(yaml: body, .basic, .default, .utf8)
        } catch let error as YamlError {
            diagnostics.append(diagnostic(for: error, file: file))
            return nil
        } catch {
            diagnostics.append(Diagnostic(.syntax("\(error)"), at: .start(of: file)))
            return nil
        }
        guard let root else {
            diagnostics.append(Diagnostic(.empty, at: .start(of: file), notes: [.init(.emptyHelp)]))
            return nil
        }
        var budget = maximumValues
        if let problem = bounds(root, depth: 0, budget: &budget, file: file) {
            diagnostics.append(problem)
            return nil
        }
        return root
    }

    /// The first depth or size problem in the tree.
    private static func bounds(_ node: Node, depth: Int, budget: inout Int, file: String) -> Diagnostic? {
        // The location is made only for a problem: most trees have none.
        budget -= 1
        if budget < 0 {
            return Diagnostic(.tooManyValues(limit: maximumValues), at: NodeReader.location(of: node, file: file))
        }
        if depth > maximumDepth {
            return Diagnostic(.tooDeep(limit: maximumDepth), at: NodeReader.location(of: node, file: file))
        }
        switch node {
        case .scalar:
            break
        case .alias:
            return aliasError(NodeReader.location(of: node, file: file))
        case .sequence(let sequence):
            for child in sequence {
                if let problem = bounds(child, depth: depth + 1, budget: &budget, file: file) { return problem }
            }
        case .mapping(let mapping):
            for (key, value) in mapping {
                if let problem = bounds(key, depth: depth + 1, budget: &budget, file: file) { return problem }
                if let problem = bounds(value, depth: depth + 1, budget: &budget, file: file) { return problem }
            }
        }
        return nil
    }

    private static func aliasError(_ location: SourceLocation) -> Diagnostic {
        Diagnostic(.alias, at: location, notes: [.init(.aliasHelp)])
    }

    private static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: max(1, mark.line), column: max(1, mark.column))
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            var notes: [Diagnostic.Note] = []
            var primary = at(mark)
            if let context {
                // "found unexpected end of stream" is true but useless at the last line:
                // point at where the unfinished construct (an open quote, say) began.
                if problem.contains("end of stream") {
                    notes.append(.init(.quoted(problem), at: primary))
                    primary = at(context.mark)
                } else {
                    notes.append(.init(.quoted(context.text), at: at(context.mark)))
                }
            }
            notes.append(.init(.syntaxHelp))
            let kind: DiagnosticKind
            if problem.contains("undefined alias") {
                kind = .undefinedAlias(problem)
            } else if let context, problem.contains("end of stream") {
                kind = .unfinished(context.text)
            } else {
                kind = .syntax(problem)
            }
            return Diagnostic(kind, at: primary, notes: notes)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(.duplicateKey(duplicates.first ?? "?"), at: at(context.mark), notes: [.init(.duplicateKeyHelp)])
        case .reader(let problem, _, _, _):
            return Diagnostic(.syntax(problem), at: .start(of: file))
        case .dataCouldNotBeDecoded:
            return Diagnostic(.notUTF8, at: .start(of: file), notes: [.init(.notUTF8Help)])
        default:
            return Diagnostic(.syntax("\(error)"), at: .start(of: file))
        }
    }
}
