import Foundation
import TabledCheck
import TabledModel

/// Resolves `{{ref:ID}}` and `{{figure:NAME}}` in officers' Markdown prose.
struct ProseResolver {
    let labels: [String: NumberingPlan.Label]
    let figures: [String: Figure]
    let negative: NegativeStyle
    let values: ExternalValues
    /// Every amount the paper states, in pounds, for spotting stale copies in prose.
    let knownAmounts: [KnownAmount]
    private(set) var diagnostics: [Diagnostic] = []

    init(report: Report, labels: [String: NumberingPlan.Label], negative: NegativeStyle, verdicts: [String: TableVerdict] = [:]) {
        self.labels = labels
        self.values = ExternalValues(report: report, verdicts: verdicts)
        self.knownAmounts = KnownAmount.all(in: report)
        var figures: [String: Figure] = [:]
        for figure in report.figures where figures[figure.name.value] == nil { figures[figure.name.value] = figure }
        self.figures = figures
        self.negative = negative
    }

    /// The prose with every placeholder replaced; unknown ones are reported and left visible.
    mutating func resolve(_ prose: Located<String>) -> String {
        resolve(prose, asMarkdown: true)
    }

    /// Plain text with placeholders replaced, for table labels and captions that the
    /// templates escape: a reference prints as its words, without a link.
    mutating func resolvePlain(_ text: Located<String>) -> String {
        resolve(text, asMarkdown: false)
    }

    private mutating func resolve(_ prose: Located<String>, asMarkdown: Bool) -> String {
        let text = asMarkdown ? ProseResolver.sanitise(prose.value) : prose.value
        diagnostics += StaleFigureCheck(known: knownAmounts).check(prose)
        guard text.contains("{{") else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                out += rest[open.lowerBound...]
                rest = ""
                break
            }
            let inner = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            out += replacement(for: inner, at: prose.location, asMarkdown: asMarkdown)
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    private mutating func replacement(for placeholder: String, at location: SourceLocation, asMarkdown: Bool) -> String {
        let markdown: (String) -> String = { asMarkdown ? ProseResolver.escapeMarkdown($0) : $0 }
        let parts = placeholder.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else {
            diagnostics.append(.error(PresentDiagnostic.badPlaceholder, PresentMessages.unknownPlaceholder(placeholder), at: location))
            return placeholder
        }
        let name = parts[1].trimmingCharacters(in: .whitespaces)
        switch parts[0] {
        case "ref":
            guard let label = labels[name] else {
                unknown("label", name, candidates: Array(labels.keys), at: location)
                return name
            }
            return asMarkdown ? "[\(ProseResolver.escapeMarkdown(label.text))](#\(label.anchor))" : label.text
        case "figure":
            guard let figure = figures[name] else {
                unknown("figure", name, candidates: Array(figures.keys), at: location)
                return name
            }
            guard let amount = figure.value.value.amount else {
                diagnostics.append(.error(PresentDiagnostic.unknownReference, PresentMessages.figureWithoutValue(name), at: location))
                return name
            }
            return markdown(amount.formatted(unit: figure.unit, negative: negative))
        case "table":
            switch values.value(of: name, columnID: nil) {
            case .success(let found):
                guard let amount = found.value.amount else {
                    diagnostics.append(.error(PresentDiagnostic.unknownReference, PresentMessages.figureWithoutValue(name), at: location))
                    return name
                }
                return markdown(amount.formatted(unit: found.unit, negative: negative))
            case .failure:
                diagnostics.append(.error(PresentDiagnostic.unknownReference, PresentMessages.unknownTableCell(name), at: location,
                                          notes: [.init(PresentMessages.tableCellHelp)]))
                return name
            }
        default:
            diagnostics.append(.error(PresentDiagnostic.badPlaceholder, PresentMessages.unknownPlaceholder(placeholder), at: location))
            return placeholder
        }
    }

    private mutating func unknown(_ kind: String, _ name: String, candidates: [String], at location: SourceLocation) {
        var notes: [Diagnostic.Note] = []
        if let guess = Suggestion.closest(to: name, in: candidates) { notes.append(.init(PresentMessages.didYouMean(guess))) }
        diagnostics.append(.error(PresentDiagnostic.unknownReference, PresentMessages.unknownReference(kind, name),
                                  at: location, notes: notes))
    }

    /// Officers' prose must not forge the template's layout directives.
    static func sanitise(_ prose: String) -> String {
        prose.replacingOccurrences(of: "<!--", with: "&lt;!--")
    }

    /// Backslash-escapes Markdown punctuation so a value prints as itself.
    static func escapeMarkdown(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" {
                out += " "
            } else if scalar.isASCII, "\\`*_{}[]()<>#+-.!|~&".unicodeScalars.contains(scalar) {
                out += "\\"
                out.unicodeScalars.append(scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// "a", "b" ... "z", "aa": for (a), (b) numbering and Appendix A.
    static func letter(_ index: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var i = index
        var out = ""
        repeat {
            out = String(letters[i % 26]) + out
            i = i / 26 - 1
        } while i >= 0
        return out
    }

    /// "3", "3 and 4", "1, 3 and 4".
    static func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        if items.count == 1 { return last }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }
}
