/// What a meeting decided, as the clerk records it after the meeting: the input of
/// `tabled decisions`, which prints the decision notice with its call-in deadline.
public struct DecisionRecord: Sendable {
    /// One item's decision.
    public struct Decision: Sendable {
        /// The agenda item's number.
        public var item: Located<Int>
        /// Markdown: what was decided. Never printed for an exempt item.
        public var decision: Located<String>?
        public var reasons: Located<String>?
        /// Alternative options considered and rejected.
        public var alternatives: Located<String>?
        /// Interests declared, and dispensations.
        public var interests: Located<String>?
        /// For an exempt item: the decision in general terms, which may be published.
        public var publicDecision: Located<String>?
        public var location: SourceLocation

        public init(item: Located<Int>, decision: Located<String>?, reasons: Located<String>?, alternatives: Located<String>?,
                    interests: Located<String>?, publicDecision: Located<String>?, location: SourceLocation) {
            self.item = item
            self.decision = decision
            self.reasons = reasons
            self.alternatives = alternatives
            self.interests = interests
            self.publicDecision = publicDecision
            self.location = location
        }
    }

    public var file: String
    /// The meeting's agenda, relative to the decisions file.
    public var agenda: Located<String>
    /// When the notice is published; nil for the next working day after the meeting.
    public var published: Located<ISODate>?
    public var decisions: [Decision]

    public init(file: String, agenda: Located<String>, published: Located<ISODate>?, decisions: [Decision]) {
        self.file = file
        self.agenda = agenda
        self.published = published
        self.decisions = decisions
    }
}
