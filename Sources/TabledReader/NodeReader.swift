import TabledModel

/// Typed, located reads from a YAML node tree that report every problem and carry on.
///
/// Reading never stops at the first mistake: an officer sees all of them in one run.
/// A read that fails returns nil after recording its diagnostic.
final class NodeReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    static func location(of node: YAMLNode, file: String) -> SourceLocation {
        let mark = node.mark
        var location = SourceLocation(file: file, line: max(1, mark.line), column: max(1, mark.column))
        if case .scalar(let scalar) = node, let start = scalar.textStart { location.textStart = (start.line, start.column) }
        return location
    }

    func location(of node: YAMLNode) -> SourceLocation {
        NodeReader.location(of: node, file: file)
    }

    /// What a node is, in words, for "should be a list, not text".
    static func describe(_ node: YAMLNode) -> String {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain && (scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null") {
                return "empty"
            }
            return "text '\(scalar.string.prefix(40))'"
        case .mapping: return "a mapping of keys"
        case .sequence: return "a list"
        }
    }

    func wrongType(_ key: String, expected: String, _ node: YAMLNode) {
        report(Diagnostic(.wrongType(key, expected: expected, found: NodeReader.describe(node)), at: location(of: node)))
    }

    /// Whether a scalar is YAML's null (`~`, `null`, or nothing).
    static func isNull(_ node: YAMLNode) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    // MARK: Mappings

    /// Keys that one kind of mapping or another cannot do without.
    static let keysThatMustBeThere: Set<String> = [
        "meeting", "body", "date", "title", "id", "caption", "unit", "columns", "rows", "label", "values", "heading", "text",
        "paragraphs", "items", "report", "file", "name",
    ]

    /// The fields of a mapping, with unknown keys reported against `allowed`.
    func fields(_ node: YAMLNode, named key: String, allowed: [String], context: String) -> Fields? {
        guard case .mapping(let mapping) = node else {
            wrongType(key, expected: "a mapping of keys", node)
            return nil
        }
        var entries: [(name: String, value: YAMLNode)] = []
        entries.reserveCapacity(mapping.pairs.count)
        var misspelt: [(name: String, value: YAMLNode)] = []
        for (keyNode, value) in mapping {
            guard case .scalar(let keyScalar) = keyNode else {
                report(Diagnostic(.keyNotText, at: location(of: keyNode)))
                continue
            }
            let name = keyScalar.string
            guard allowed.contains(name) else {
                let meant = Suggestion.closest(to: name, in: allowed)
                report(Diagnostic(.unknownKey(name, context: context), at: location(of: keyNode),
                                  notes: [meant.map { .init(.didYouMean($0)) } ?? .init(.allowedKeys(allowed))]))
                if let meant, NodeReader.keysThatMustBeThere.contains(meant) { misspelt.append((meant, value)) }
                continue
            }
            entries.append((name, value))
        }
        // A misspelt key is read as the key it is nearest, when a mapping must have that key and
        // it is not written too: the one error for the slip says so, and nothing is reported
        // missing or unplaced for it. An optional key misspelt is left out, as its meaning may be.
        for (meant, value) in misspelt where !entries.contains(where: { $0.name == meant }) && misspelt.count(where: { $0.name == meant }) == 1 {
            entries.append((meant, value))
        }
        return Fields(node: node, location: location(of: node), context: context, entries: entries)
    }

    /// The entries of a mapping in order, for maps keyed by the officer's own names (figures, implications).
    func entries(_ node: YAMLNode, named key: String) -> [(Located<String>, YAMLNode)] {
        guard case .mapping(let mapping) = node else {
            if !NodeReader.isNull(node) { wrongType(key, expected: "a mapping of keys", node) }
            return []
        }
        var result: [(Located<String>, YAMLNode)] = []
        for (keyNode, value) in mapping {
            guard case .scalar(let keyScalar) = keyNode else {
                report(Diagnostic(.keyNotText, at: location(of: keyNode)))
                continue
            }
            result.append((Located(keyScalar.string, at: location(of: keyNode)), value))
        }
        return result
    }

    func missing(_ key: String, in fields: Fields, example: String) {
        report(Diagnostic(.missing(key, context: fields.context), at: fields.location, notes: [.init(.missingHelp(key, example: example))]))
    }

    // MARK: Scalars

    /// A scalar's text as written; lists and mappings are reported.
    func text(_ node: YAMLNode, named key: String, allowEmpty: Bool = false) -> Located<String>? {
        guard case .scalar(let scalar) = node else {
            wrongType(key, expected: "text", node)
            return nil
        }
        // Control characters (bar line breaks and tabs) are no part of a paper's text: they
        // are taken out here, so that no output carries them.
        let value = NodeReader.withoutControls(scalar.string)
        if !allowEmpty && value.isBlank {
            report(Diagnostic(.emptyText, at: location(of: node), notes: [.init(.emptyTextHelp)]))
            return nil
        }
        return Located(value, at: location(of: node))
    }

    static func withoutControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isStrayControl) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isStrayControl(scalar) { out.append(scalar) }
        return String(out)
    }

    private static func isStrayControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r") || (0x7F...0x9F).contains(scalar.value)
    }

    /// Prose: a block of Markdown, trimmed of the trailing newline YAML block scalars add.
    func prose(_ node: YAMLNode, named key: String) -> Located<String>? {
        text(node, named: key).map { $0.map(\.trimmedOfWhitespace) }
    }

    func date(_ node: YAMLNode, named key: String) -> Located<ISODate>? {
        guard let raw = text(node, named: key) else { return nil }
        guard let date = ISODate(raw.value) else {
            report(Diagnostic(.badDate(key, text: raw.value), at: raw.location, notes: [.init(.badDateHelp)]))
            return nil
        }
        return Located(date, at: raw.location)
    }

    /// `true` or `false` as YAML writes them; nil if the node is something else (not reported).
    static func boolean(_ node: YAMLNode) -> Bool? {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return nil }
        switch scalar.string {
        case "true", "True", "TRUE", "yes", "Yes": return true
        case "false", "False", "FALSE", "no", "No": return false
        default: return nil
        }
    }

    func boolean(_ node: YAMLNode, named key: String) -> Bool? {
        guard let value = NodeReader.boolean(node) else {
            wrongType(key, expected: "true or false", node)
            return nil
        }
        return value
    }

    func choice<T: RawRepresentable & CaseIterable>(_ node: YAMLNode, named key: String, as type: T.Type) -> Located<T>? where T.RawValue == String {
        guard let raw = text(node, named: key) else { return nil }
        guard let value = T(rawValue: raw.value) else {
            report(Diagnostic(.badChoice(key, text: raw.value, choices: T.allCases.map(\.rawValue)), at: raw.location))
            return nil
        }
        return Located(value, at: raw.location)
    }

    func integer(_ node: YAMLNode, named key: String) -> Located<Int>? {
        guard let raw = text(node, named: key) else { return nil }
        guard let value = Int(raw.value) else {
            report(Diagnostic(.badInteger(key, text: raw.value), at: raw.location))
            return nil
        }
        return Located(value, at: raw.location)
    }

    func unit(_ node: YAMLNode) -> Located<AmountUnit>? {
        guard let raw = text(node, named: "unit") else { return nil }
        guard let unit = AmountUnit(spelling: raw.value) else {
            report(Diagnostic(.badUnit(raw.value), at: raw.location))
            return nil
        }
        return Located(unit, at: raw.location)
    }

    // MARK: Lists

    /// The items of a list; a null is an empty list, anything else is reported.
    func list(_ node: YAMLNode, named key: String) -> [YAMLNode] {
        switch node {
        case .sequence(let sequence): return Array(sequence)
        default:
            if !NodeReader.isNull(node) { wrongType(key, expected: "a list", node) }
            return []
        }
    }

    /// A list of texts, or a single text standing for a list of one.
    func texts(_ node: YAMLNode, named key: String) -> [Located<String>] {
        if case .scalar = node, !NodeReader.isNull(node) {
            return text(node, named: key).map { [$0] } ?? []
        }
        return list(node, named: key).compactMap { text($0, named: key) }
    }
}

/// The known fields of one YAML mapping, with where the mapping is.
struct Fields {
    let node: YAMLNode
    let location: SourceLocation
    /// "the report", "table 'contributions'": how messages name this mapping.
    let context: String
    /// The allowed keys and their values, in the order written; no key twice (the composer
    /// refuses a mapping that repeats one). A handful each, so found by looking, not hashing.
    let entries: [(name: String, value: YAMLNode)]

    /// The keys in the order written.
    var order: [String] { entries.map(\.name) }

    subscript(key: String) -> YAMLNode? {
        entries.last(where: { $0.name == key })?.value
    }

    /// The value of a key that is present and not null.
    func present(_ key: String) -> YAMLNode? {
        guard let value = self[key], !NodeReader.isNull(value) else { return nil }
        return value
    }
}

extension NodeReader {
    /// A whole YAML document read by `read`: the value, unless anything was wrong, and every
    /// diagnostic sorted by location.
    static func readDocument<Value>(_ text: String, file: String,
                                    read: (NodeReader, YAMLNode) -> Value?) -> (value: Value?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let root = YAMLDocument.compose(text, file: file, diagnostics: &diagnostics) else { return (nil, diagnostics) }
        let reader = NodeReader(file: file)
        let value = read(reader, root)
        let all = (diagnostics + reader.diagnostics).sortedByLocation()
        return (all.hasErrors ? nil : value, all)
    }
}
