import TabledModel

/// Reads a minutes file (`tabled minutes`) into the located model.
public enum MinutesReader {
    public struct Result: Sendable {
        public var record: MinutesRecord?
        public var diagnostics: [Diagnostic]
    }

    public static func read(_ text: String, file: String) -> Result {
        let read = NodeReader.readDocument(text, file: file) { $0.readMinutes($1) }
        return Result(record: read.value, diagnostics: read.diagnostics)
    }
}

extension NodeReader {
    static let minutesKeys = ["agenda", "first_minute", "present", "substitutes", "officers", "apologies", "declarations", "items"]
    static let minuteItemKeys = ["item", "minute", "resolved", "amended", "vote", "public_summary", "exempt_minute"]

    func readMinutes(_ root: YAMLNode) -> MinutesRecord? {
        guard let fields = fields(root, named: "the minutes", allowed: Self.minutesKeys, context: "the minutes") else { return nil }
        let agenda = fields.present("agenda").flatMap { text($0, named: "agenda") }
        if fields.present("agenda") == nil { missing("agenda", in: fields, example: "agenda.yaml") }
        if fields.present("present") == nil { missing("present", in: fields, example: "[Cllr Keith Mitchell, Cllr David Robertson]") }
        if fields.present("items") == nil { missing("items", in: fields, example: "[{item: 5, resolved: [Approved the recommendations.]}]") }
        func attendees(_ key: String) -> [MinutesRecord.Attendee] {
            fields.present(key).map { list($0, named: key).compactMap { attendee($0, named: key) } } ?? []
        }
        let firstMinute = fields.present("first_minute").flatMap { text($0, named: "first_minute") }
        if let firstMinute, MinutesRecord.numbers(from: firstMinute.value, count: 1) == nil {
            report(Diagnostic(.badMinuteNumber(firstMinute.value), at: firstMinute.location))
        }
        let record = MinutesRecord(
            file: file, agenda: agenda ?? Located("", at: fields.location), firstMinute: firstMinute,
            present: attendees("present"), substitutes: attendees("substitutes"), officers: attendees("officers"),
            apologies: fields.present("apologies").map { texts($0, named: "apologies") } ?? [],
            declarations: fields.present("declarations").map { list($0, named: "declarations").compactMap(declaration) } ?? [],
            items: fields.present("items").map { list($0, named: "items").compactMap(minuteItem) } ?? [],
            presentLocation: fields["present"].map { location(of: $0) } ?? fields.location)
        return agenda == nil ? nil : record
    }

    /// A name, or `{name: ..., role: ..., for: ...}`.
    private func attendee(_ node: YAMLNode, named key: String) -> MinutesRecord.Attendee? {
        if case .scalar = node { return text(node, named: key).map { MinutesRecord.Attendee(name: $0) } }
        guard let fields = fields(node, named: key, allowed: ["name", "role", "for"], context: "someone in '\(key)'") else { return nil }
        guard let name = fields.present("name").flatMap({ text($0, named: "name") }) else {
            if fields.present("name") == nil { missing("name", in: fields, example: "Cllr Ann Bonner") }
            return nil
        }
        return MinutesRecord.Attendee(name: name, role: fields.present("role").flatMap { text($0, named: "role") },
                                      standingInFor: fields.present("for").flatMap { text($0, named: "for") })
    }

    private func declaration(_ node: YAMLNode) -> MinutesRecord.Declaration? {
        guard let fields = fields(node, named: "declarations", allowed: ["member", "item", "interest", "detail"], context: "a declaration") else {
            return nil
        }
        let member = fields.present("member").flatMap { text($0, named: "member") }
        let item = fields.present("item").flatMap { integer($0, named: "item") }
        let kind = fields.present("interest").flatMap { choice($0, named: "interest", as: MinutesRecord.InterestKind.self) }
        if fields.present("member") == nil { missing("member", in: fields, example: "Cllr Jim Couchman") }
        if fields.present("item") == nil { missing("item", in: fields, example: "5") }
        if fields.present("interest") == nil { missing("interest", in: fields, example: "prejudicial") }
        guard let member, let item, let kind else { return nil }
        return MinutesRecord.Declaration(member: member, item: item, kind: kind,
                                         detail: fields.present("detail").flatMap { prose($0, named: "detail") }, location: fields.location)
    }

    private func minuteItem(_ node: YAMLNode) -> MinutesRecord.Item? {
        guard let fields = fields(node, named: "items", allowed: Self.minuteItemKeys, context: "a minute") else { return nil }
        guard let item = fields.present("item").flatMap({ integer($0, named: "item") }) else {
            if fields.present("item") == nil { missing("item", in: fields, example: "5") }
            return nil
        }
        func prose(_ key: String) -> Located<String>? { fields.present(key).flatMap { self.prose($0, named: key) } }
        let resolved: [Located<String>] = fields.present("resolved").map { node in
            if case .scalar = node { return self.prose(node, named: "resolved").map { [$0] } ?? [] }
            return list(node, named: "resolved").compactMap { self.prose($0, named: "resolved") }
        } ?? []
        return MinutesRecord.Item(item: item, minute: prose("minute"), resolved: resolved,
                                  amended: fields.present("amended").flatMap { boolean($0, named: "amended") } ?? false,
                                  vote: fields.present("vote").flatMap(vote), publicSummary: prose("public_summary"),
                                  exemptMinute: prose("exempt_minute"), location: fields.location)
    }

    /// `unanimous`, `{for: 5, against: 1, abstentions: 0}`, or a recorded vote `{for: [names], against: [names], abstained: [names]}`.
    private func vote(_ node: YAMLNode) -> MinutesRecord.Vote? {
        let where_ = location(of: node)
        if case .scalar = node {
            guard let word = text(node, named: "vote") else { return nil }
            guard word.value == "unanimous" else {
                report(Diagnostic(.badChoice("vote", text: word.value, choices: ["unanimous", "{for: N, against: N, abstentions: N}"]), at: word.location))
                return nil
            }
            return .unanimous(where_)
        }
        guard let fields = fields(node, named: "vote", allowed: ["for", "against", "abstentions", "abstained"], context: "a vote") else { return nil }
        let lists = ["for", "against", "abstained"].contains { key in if case .sequence = fields.present(key) { true } else { false } }
        if lists {
            func names(_ key: String) -> [Located<String>] { fields.present(key).map { texts($0, named: key) } ?? [] }
            return .recorded(for: names("for"), against: names("against"), abstained: names("abstained") + names("abstentions"), location: where_)
        }
        func count(_ key: String) -> Located<Int> {
            fields.present(key).flatMap { integer($0, named: key) } ?? Located(0, at: where_)
        }
        return .counted(for: count("for"), against: count("against"), abstentions: count("abstentions"), location: where_)
    }
}
