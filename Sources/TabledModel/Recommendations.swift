/// What the report asks the meeting to do: a lead-in and the numbered items.
public struct Recommendations: Sendable {
    /// "The Cabinet is RECOMMENDED to".
    public var lead: Located<String>?
    public var items: [Recommendation]
    /// Number the lead-in as the section's first paragraph, as some councils print it (Brent: 2.1).
    public var leadNumbered: Bool
    public var location: SourceLocation

    public init(lead: Located<String>?, items: [Recommendation], leadNumbered: Bool = false, location: SourceLocation) {
        self.lead = lead
        self.items = items
        self.leadNumbered = leadNumbered
        self.location = location
    }
}
