/// The wording of the presentation stage's diagnostics.
enum PresentMessages {
    static func unknownReference(_ kind: String, _ name: String) -> String {
        "there is no \(kind) '\(name)' to refer to"
    }
    static func didYouMean(_ name: String) -> String { "did you mean '\(name)'?" }
    static func unknownPlaceholder(_ text: String) -> String {
        "'{{\(text)}}' is not a reference Tabled knows; use {{ref:ID}} or {{figure:NAME}}"
    }
    static func figureWithoutValue(_ name: String) -> String {
        "figure '\(name)' has no printed value to quote"
    }
}

/// The stable ids of the presentation stage's diagnostics.
public enum PresentDiagnostic {
    public static let unknownReference = "ref.unknown"
    public static let badPlaceholder = "ref.bad-placeholder"
}
