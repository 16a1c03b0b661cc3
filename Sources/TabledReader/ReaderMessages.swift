import TabledModel

/// The wording of every diagnostic the reader stage gives, in one place.
enum ReaderMessages {
    static func syntax(_ problem: String) -> String {
        "the YAML cannot be read: \(problem)"
    }
    /// libyaml's "while scanning a quoted scalar" for a construct the file never finishes.
    static func unfinished(_ context: String) -> String {
        if context.contains("quoted scalar") { return "this quoted text is never closed" }
        if context.contains("flow") { return "this [ or { is never closed" }
        return "the YAML cannot be read: it ends \(context)"
    }
    static let syntaxHelp = "check the indentation and quoting near this line; indent with spaces, not tabs"
    static func duplicateKey(_ key: String) -> String {
        "the key '\(key)' is given twice in the same mapping"
    }
    static let duplicateKeyHelp = "keep one of them; YAML would silently use only the last"
    static let empty = "the file is empty"
    static let emptyHelp = "start from 'tabled new report PATH'"
    static let notUTF8 = "the file is not UTF-8 text"
    static let notUTF8Help = "save it as UTF-8"
    static let alias = "YAML anchors and aliases (&name, *name) are not allowed in papers"
    static let aliasHelp = "write the value out where it is needed"
    static func tooComplex(_ limit: Int) -> String {
        "the document has more than \(limit) values; it is too large to be a paper"
    }
    static func tooDeep(_ limit: Int) -> String {
        "values are nested more than \(limit) levels deep"
    }
    static func unknownKey(_ key: String, in context: String) -> String {
        "unknown key '\(key)' in \(context)"
    }
    static func didYouMean(_ key: String) -> String { "did you mean '\(key)'?" }
    static func allowedKeys(_ keys: [String]) -> String {
        "allowed here: " + keys.joined(separator: ", ")
    }
    static func missing(_ key: String, in context: String) -> String {
        "\(context) has no '\(key)'"
    }
    static func missingHelp(_ key: String, example: String) -> String {
        "add it, for example: \(key): \(example)"
    }
    static func wrongType(_ key: String, expected: String, found: String) -> String {
        "'\(key)' should be \(expected), not \(found)"
    }
    static func badDate(_ key: String, _ text: String) -> String {
        "'\(key)' is not a real date: '\(text)'"
    }
    static let badDateHelp = "write dates in ISO form, year-month-day, e.g. 2006-03-21"
    static func badChoice(_ key: String, _ text: String, choices: [String]) -> String {
        "'\(key)' cannot be '\(text)'; it is one of: " + choices.joined(separator: ", ")
    }
    static func badUnit(_ text: String) -> String {
        "'\(text)' is not a unit; units are: " + AmountUnit.spellings.joined(separator: ", ")
    }
    static func badInteger(_ key: String, _ text: String) -> String {
        "'\(key)' should be a whole number, not '\(text)'"
    }
    static func badColour(_ name: String, _ text: String) -> String {
        "colour '\(name)' should be written #rrggbb, not '\(text)'"
    }
    static func unknownImplication(_ kind: String) -> String {
        "'\(kind)' is not a kind of implication Tabled knows"
    }
    static let agendaItemKind = "an agenda item is a standard item, a report, or a title with text"
    static let agendaItemHelp = "for example: - standard: apologies, - report: reports/paper.yaml, or - {title: Minutes, text: ...}"
    static let keyDecisionNeedsPlan = "a key decision must name its forward plan reference"
    static let keyDecisionHelp = "write key_decision: {forward_plan: FP/2026/012}, or key_decision: false"
    static let emptyText = "this text is empty"
    static let emptyTextHelp = "write the text, or remove the key"
    static let badTolerance = "'tolerance' can only be 0, which makes every identity in the table exact"
    static let rowNeedsLabel = "a row written as a list starts with its label"
    static let rowNeedsLabelHelp = "for example: [PCTs, 26.6, 27.6, 27.6]"
    static let totalAndFormula = "a row or column cannot have both 'total' and 'formula'"
    static func badTotal(_ text: String, choices: [String]) -> String {
        "'total' cannot be '\(text)'; it is one of: " + choices.joined(separator: ", ")
    }
    static let keyNotText = "keys must be plain words"
    static let exemptNeedsParagraphs = "an exempt report names its Schedule 12A paragraphs"
    static let exemptNeedsParagraphsHelp = "for example: exempt: {paragraphs: [3], reason: \"commercially sensitive terms\"}"
    static func badSchedule12A(_ n: Int) -> String {
        "Schedule 12A has paragraphs 1 to 7, not \(n)"
    }
}
