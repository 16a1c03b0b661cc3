import TabledModel

/// Reads a decisions file (`tabled decisions`) into the located model.
public enum DecisionsReader {
    public struct Result: Sendable {
        public var record: DecisionRecord?
        public var diagnostics: [Diagnostic]
    }

    public static func read(_ text: String, file: String) -> Result {
        let read = NodeReader.readDocument(text, file: file) { $0.readDecisions($1) }
        return Result(record: read.value, diagnostics: read.diagnostics)
    }
}

extension NodeReader {
    static let decisionKeys = ["item", "decision", "reasons", "alternatives", "interests", "public_decision"]

    func readDecisions(_ root: YAMLNode) -> DecisionRecord? {
        guard let fields = fields(root, named: "the decisions", allowed: ["agenda", "published", "decisions"], context: "the decisions") else {
            return nil
        }
        let agenda = fields.present("agenda").flatMap { text($0, named: "agenda") }
        if fields.present("agenda") == nil { missing("agenda", in: fields, example: "agenda.yaml") }
        let decisions = fields.present("decisions").map { list($0, named: "decisions").compactMap(readDecision) } ?? []
        if fields.present("decisions") == nil { missing("decisions", in: fields, example: "[{item: 3, decision: Approved the report.}]") }
        guard let agenda else { return nil }
        return DecisionRecord(file: file, agenda: agenda, published: fields.present("published").flatMap { date($0, named: "published") },
                              decisions: decisions)
    }

    private func readDecision(_ node: YAMLNode) -> DecisionRecord.Decision? {
        guard let fields = fields(node, named: "decision", allowed: Self.decisionKeys, context: "a decision") else { return nil }
        guard let item = fields.present("item").flatMap({ integer($0, named: "item") }) else {
            if fields.present("item") == nil { missing("item", in: fields, example: "3") }
            return nil
        }
        func prose(_ key: String) -> Located<String>? { fields.present(key).flatMap { self.prose($0, named: key) } }
        return DecisionRecord.Decision(item: item, decision: prose("decision"), reasons: prose("reasons"),
                                       alternatives: prose("alternatives"), interests: prose("interests"),
                                       publicDecision: prose("public_decision"), location: fields.location)
    }
}
