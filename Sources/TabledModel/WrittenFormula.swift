/// A formula as the officer wrote it, parsed once where it is read.
public struct WrittenFormula: Sendable, Equatable {
    public var text: Located<String>
    public var parsed: Result<Formula, Formula.ParseError>

    public init(_ text: Located<String>) {
        self.text = text
        self.parsed = Formula.parse(text.value)
    }

    public var value: String { text.value }
    public var location: SourceLocation { text.location }
}
