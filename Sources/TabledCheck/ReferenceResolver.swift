import TabledModel

/// Resolves `{{ref:ID}}`, `{{figure:NAME}}` and `{{table:ID.ROW[.COLUMN]}}` in a report's
/// prose and table labels, once, in the check stage: the presenter prints what it found.
struct ReferenceResolver {
    let labels: [String: NumberingPlan.Label]
    let figures: [String: Figure]
    let negative: NegativeStyle
    let values: ExternalValues
    let staleFigures: StaleFigureCheck
    private(set) var diagnostics: [Diagnostic] = []

    init(report: Report, labels: [String: NumberingPlan.Label], negative: NegativeStyle, verdicts: [String: TableVerdict]) {
        self.labels = labels
        self.values = ExternalValues(report: report, verdicts: verdicts)
        self.staleFigures = StaleFigureCheck(known: KnownAmount.all(in: report))
        var figures: [String: Figure] = [:]
        for figure in report.figures where figures[figure.name.value] == nil { figures[figure.name.value] = figure }
        self.figures = figures
        self.negative = negative
    }

    /// Every prose field and table label of the report, resolved, by where it was written.
    static func resolveAll(in report: Report, labels: [String: NumberingPlan.Label], negative: NegativeStyle,
                           verdicts: [String: TableVerdict]) -> (texts: [Located<String>: ResolvedText], diagnostics: [Diagnostic]) {
        var resolver = ReferenceResolver(report: report, labels: labels, negative: negative, verdicts: verdicts)
        var texts: [Located<String>: ResolvedText] = [:]
        for field in ReferenceResolver.fields(of: report) where texts[field] == nil {
            texts[field] = resolver.resolve(field)
        }
        return (texts, resolver.diagnostics)
    }

    /// Every text in which an officer may write a placeholder, in the order a reader meets them.
    static func fields(of report: Report) -> [Located<String>] {
        var fields: [Located<String>] = []
        if let reason = report.exempt?.reason { fields.append(reason) }
        if let summary = report.summary { fields.append(summary) }
        if let recommendations = report.recommendations {
            if let lead = recommendations.lead { fields.append(lead) }
            fields += recommendations.items.map(\.text)
        }
        for section in report.sections {
            for paragraph in section.paragraphs {
                if case .text(_, let text) = paragraph { fields.append(text) }
            }
        }
        fields += report.implications.map(\.text)
        for table in report.tables {
            fields.append(table.caption)
            fields += table.rows.map(\.label)
            if let note = table.note { fields.append(note) }
            fields += table.notes.map(\.text)
        }
        return fields
    }

    /// The text with every placeholder resolved; unknown ones are reported and left visible.
    mutating func resolve(_ prose: Located<String>) -> ResolvedText {
        diagnostics += staleFigures.check(prose)
        let text = prose.value
        guard text.containsBytes("{{") else { return ResolvedText([.written(text)]) }
        var pieces: [ResolvedText.Piece] = []
        var rest = Substring(text)
        while let open = rest.rangeOfBytes("{{") {
            if open.lowerBound > rest.startIndex { pieces.append(.written(String(rest[..<open.lowerBound]))) }
            guard let close = rest[open.upperBound...].rangeOfBytes("}}") else {
                pieces.append(.written(String(rest[open.lowerBound...])))
                rest = ""
                break
            }
            let inner = rest[open.upperBound..<close.lowerBound].trimmedOfSpaces
            pieces.append(piece(for: inner, at: prose.location.inside(after: text[..<open.lowerBound])))
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { pieces.append(.written(String(rest))) }
        return ResolvedText(pieces)
    }

    private mutating func piece(for placeholder: String, at location: SourceLocation) -> ResolvedText.Piece {
        let parts = placeholder.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else {
            diagnostics.append(Diagnostic(.badPlaceholder(placeholder), at: location))
            return .unresolved(placeholder)
        }
        let name = parts[1].trimmedOfSpaces
        switch parts[0] {
        case "ref":
            guard let label = labels[name] else {
                unknown("label", name, candidates: Array(labels.keys), at: location)
                return .unresolved(name)
            }
            return .reference(words: label.text, anchor: label.anchor)
        case "figure":
            guard let figure = figures[name] else {
                unknown("figure", name, candidates: Array(figures.keys), at: location)
                return .unresolved(name)
            }
            guard let amount = figure.value.value.amount else {
                // An illegible value ('?', or one already refused for its unit) is said where it is written.
                if figure.value.value != .illegible { diagnostics.append(Diagnostic(.figureWithoutValue(name), at: location)) }
                return .unresolved(name)
            }
            return .figure(amount.formatted(unit: figure.unit, negative: negative))
        case "table":
            switch values.value(of: name, columnID: nil) {
            case let found?:
                guard let amount = found.value.amount else {
                    diagnostics.append(Diagnostic(.figureWithoutValue(name), at: location))
                    return .unresolved(name)
                }
                return .figure(amount.formatted(unit: found.unit, negative: negative))
            case nil:
                diagnostics.append(Diagnostic(.unknownTableCell(name), at: location, notes: [.init(.tableCellHelp)]))
                return .unresolved(name)
            }
        default:
            diagnostics.append(Diagnostic(.badPlaceholder(placeholder), at: location))
            return .unresolved(placeholder)
        }
    }

    private mutating func unknown(_ kind: String, _ name: String, candidates: [String], at location: SourceLocation) {
        diagnostics.append(Diagnostic(.unknownReference(kind: kind, name: name), at: location,
                                      notes: Diagnostic.Note.didYouMean(name, in: candidates)))
    }
}
