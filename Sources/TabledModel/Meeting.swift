/// The meeting a paper goes to.
public struct Meeting: Sendable {
    /// The decision-making body: "Cabinet", "Executive".
    public var body: Located<String>
    public var date: Located<ISODate>
    /// The agenda item number, e.g. "CA16".
    public var item: Located<String>?
    /// The paper's reference, e.g. "CA210306-16".
    public var reference: Located<String>?

    public init(body: Located<String>, date: Located<ISODate>, item: Located<String>? = nil, reference: Located<String>? = nil) {
        self.body = body
        self.date = date
        self.item = item
        self.reference = reference
    }
}
