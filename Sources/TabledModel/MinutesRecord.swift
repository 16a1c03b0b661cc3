/// A meeting's minutes as the clerk writes them after it: who came, what was declared, and
/// for each item what was resolved and how the vote went. The input of `tabled minutes`.
public struct MinutesRecord: Sendable {
    /// Someone at the meeting: a member, a substitute (standing in for a member) or an officer.
    public struct Attendee: Sendable {
        public var name: Located<String>
        public var role: Located<String>?
        /// For a substitute: the member they stand in for.
        public var standingInFor: Located<String>?

        public init(name: Located<String>, role: Located<String>? = nil, standingInFor: Located<String>? = nil) {
            self.name = name
            self.role = role
            self.standingInFor = standingInFor
        }
    }

    /// What kind of interest a member declared.
    public enum InterestKind: String, Sendable, CaseIterable {
        /// A disclosable pecuniary interest (Localism Act 2011, s.30): the member takes no part.
        case disclosablePecuniary = "disclosable-pecuniary"
        /// A prejudicial interest under the council's code: the member takes no part.
        case prejudicial
        /// Any other interest: the member may stay and vote.
        case other

        /// Whether the member must take no part in the item.
        public var barsVoting: Bool { self != .other }

        public var words: String {
            switch self {
            case .disclosablePecuniary: "a disclosable pecuniary interest"
            case .prejudicial: "a prejudicial interest"
            case .other: "an interest"
            }
        }
    }

    /// An interest a member declared in an item.
    public struct Declaration: Sendable {
        public var member: Located<String>
        public var item: Located<Int>
        public var kind: Located<InterestKind>
        public var detail: Located<String>?
        public var location: SourceLocation

        public init(member: Located<String>, item: Located<Int>, kind: Located<InterestKind>, detail: Located<String>?, location: SourceLocation) {
            self.member = member
            self.item = item
            self.kind = kind
            self.detail = detail
            self.location = location
        }
    }

    /// How an item's resolution was voted.
    public enum Vote: Sendable {
        case unanimous(SourceLocation)
        /// Numbers only.
        case counted(for: Located<Int>, against: Located<Int>, abstentions: Located<Int>, location: SourceLocation)
        /// A recorded vote: each member by name.
        case recorded(for: [Located<String>], against: [Located<String>], abstained: [Located<String>], location: SourceLocation)

        public var location: SourceLocation {
            switch self {
            case .unanimous(let location), .counted(_, _, _, let location), .recorded(_, _, _, let location): location
            }
        }
    }

    /// One item's minute.
    public struct Item: Sendable {
        /// The agenda item's number.
        public var item: Located<Int>
        /// Markdown: what was discussed, before the resolution.
        public var minute: Located<String>?
        /// What was resolved, each a paragraph of Markdown.
        public var resolved: [Located<String>]
        /// Whether the resolution was amended at the meeting.
        public var amended: Bool
        public var vote: Vote?
        /// For an item taken in private: what the public minutes say of it.
        public var publicSummary: Located<String>?
        /// For an item taken in private: the minute only the confidential minutes carry.
        public var exemptMinute: Located<String>?
        public var location: SourceLocation

        public init(item: Located<Int>, minute: Located<String>?, resolved: [Located<String>], amended: Bool, vote: Vote?,
                    publicSummary: Located<String>?, exemptMinute: Located<String>?, location: SourceLocation) {
            self.item = item
            self.minute = minute
            self.resolved = resolved
            self.amended = amended
            self.vote = vote
            self.publicSummary = publicSummary
            self.exemptMinute = exemptMinute
            self.location = location
        }
    }

    public var file: String
    /// The meeting's agenda, relative to the minutes file.
    public var agenda: Located<String>
    /// The first minute's number: "23/26" numbers the minutes 23/26, 24/26 and on; "1" by default.
    public var firstMinute: Located<String>?
    public var present: [Attendee]
    public var substitutes: [Attendee]
    public var officers: [Attendee]
    public var apologies: [Located<String>]
    public var declarations: [Declaration]
    public var items: [Item]
    /// Where `present:` is written, for the quorum.
    public var presentLocation: SourceLocation

    public init(file: String, agenda: Located<String>, firstMinute: Located<String>?, present: [Attendee], substitutes: [Attendee],
                officers: [Attendee], apologies: [Located<String>], declarations: [Declaration], items: [Item], presentLocation: SourceLocation) {
        self.file = file
        self.agenda = agenda
        self.firstMinute = firstMinute
        self.present = present
        self.substitutes = substitutes
        self.officers = officers
        self.apologies = apologies
        self.declarations = declarations
        self.items = items
        self.presentLocation = presentLocation
    }

    /// The members who could vote: those present and the substitutes standing in.
    public var voters: [Located<String>] { (present + substitutes).map(\.name) }

    /// The minute numbers, in order, from `first_minute`: "23/26" → "23/26", "24/26", …; nil
    /// if it is not a number, optionally followed by "/" and a suffix.
    public static func numbers(from first: String, count: Int) -> [String]? {
        let parts = first.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let start = Int(parts[0].trimmingCharacters(in: .whitespaces)), start >= 0, start <= 1_000_000 else { return nil }
        let suffix = parts.count > 1 ? "/" + parts[1] : ""
        return (0..<count).map { "\(start + $0)\(suffix)" }
    }
}
