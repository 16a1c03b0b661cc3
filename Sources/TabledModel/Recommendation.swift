/// One recommendation, in the words the meeting will vote on.
public struct Recommendation: Sendable {
    /// A label other prose may cite.
    public var id: Located<String>?
    public var text: Located<String>

    public init(id: Located<String>?, text: Located<String>) {
        self.id = id
        self.text = text
    }
}
