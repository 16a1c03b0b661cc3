/// A meeting's agenda: the clerk's one file from which the front sheet and packs are made.
public struct Agenda: Sendable {
    /// The meeting itself: body, date, time and place.
    public struct Meeting: Sendable {
        public var body: Located<String>
        public var date: Located<ISODate>
        public var time: Located<String>?
        public var venue: Located<String>?

        public init(body: Located<String>, date: Located<ISODate>, time: Located<String>?, venue: Located<String>?) {
            self.body = body
            self.date = date
            self.time = time
            self.venue = venue
        }
    }

    /// A member of the body, as the front sheet lists them.
    public struct Member: Sendable {
        public var name: Located<String>
        public var role: Located<String>?
        public var party: Located<String>?
        /// A substitute member: `true`, or the name of the member they stand in for.
        public var substitute: Located<String>?

        public init(name: Located<String>, role: Located<String>?, party: Located<String>? = nil, substitute: Located<String>? = nil) {
            self.name = name
            self.role = role
            self.party = party
            self.substitute = substitute
        }
    }

    /// A report that follows the agenda in a supplementary agenda.
    public struct Supplement: Sendable {
        /// Which supplementary agenda: 1, 2, ...
        public var number: Located<Int>
        /// Why it is late: the chair states it at the meeting (Local Government Act 1972, s.100B(4)(b)).
        public var reason: Located<String>?

        public init(number: Located<Int>, reason: Located<String>?) {
            self.number = number
            self.reason = reason
        }
    }

    public var file: String
    public var meeting: Meeting
    public var published: Located<ISODate>?
    public var members: [Member]
    public var items: [AgendaItem]
    /// The democratic services officer to contact about the meeting.
    public var contact: Contact?
    /// Whether the meeting is broadcast or recorded, in the council's words (Markdown).
    public var webcast: Located<String>?
    public var quorum: Located<Int>?
    /// Anything else the front sheet should say (Markdown).
    public var notes: Located<String>?
    /// The items that follow in a supplementary agenda, by index.
    public var supplements: [Int: Supplement] = [:]

    public init(file: String, meeting: Meeting, published: Located<ISODate>?, members: [Member], items: [AgendaItem]) {
        self.file = file
        self.meeting = meeting
        self.published = published
        self.members = members
        self.items = items
    }

    /// The index of the exclusion item: everything after it is Part II.
    public var exclusionIndex: Int? {
        items.firstIndex { if case .standard(.exclusion, _) = $0 { return true } else { return false } }
    }

    /// Whether the item at `index` comes after the exclusion of the press and public.
    public func isInPartTwo(_ index: Int) -> Bool {
        exclusionIndex.map { index > $0 } ?? false
    }
}
