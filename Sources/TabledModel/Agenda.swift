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

        public init(name: Located<String>, role: Located<String>?) {
            self.name = name
            self.role = role
        }
    }

    public var file: String
    public var meeting: Meeting
    public var published: Located<ISODate>?
    public var members: [Member]
    public var items: [AgendaItem]

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
}
