/// What the report asks the meeting to do: a lead-in and the numbered items.
public struct Recommendations: Sendable {
    /// "The Cabinet is RECOMMENDED to".
    public var lead: Located<String>?
    public var items: [Recommendation]
    public var location: SourceLocation

    public init(lead: Located<String>?, items: [Recommendation], location: SourceLocation) {
        self.lead = lead
        self.items = items
        self.location = location
    }
}
