/// The officer who signs the report.
public struct Signatory: Sendable {
    public var name: Located<String>
    public var role: Located<String>?

    public init(name: Located<String>, role: Located<String>?) {
        self.name = name
        self.role = role
    }
}
