/// The stable ids of the reader stage's diagnostics.
public enum ReaderDiagnostic {
    public static let syntax = "yaml.syntax"
    public static let duplicateKey = "yaml.duplicate-key"
    public static let alias = "yaml.alias"
    public static let tooComplex = "yaml.too-complex"
    public static let empty = "input.empty"
    public static let notUTF8 = "input.encoding"
    public static let unknownKey = "input.unknown-key"
    public static let missingField = "input.missing-field"
    public static let wrongType = "input.wrong-type"
    public static let badDate = "input.bad-date"
    public static let badChoice = "input.bad-choice"
    public static let emptyText = "input.empty-text"
}
