import TabledModel

/// Reads an agenda's YAML (DESIGN.md section 8) into the located model.
public enum AgendaReader {
    public struct Result: Sendable {
        public var agenda: Agenda?
        public var diagnostics: [Diagnostic]
    }

    public static func read(_ text: String, file: String) -> Result {
        var diagnostics: [Diagnostic] = []
        guard let root = YAMLDocument.compose(text, file: file, diagnostics: &diagnostics) else {
            return Result(agenda: nil, diagnostics: diagnostics)
        }
        let reader = NodeReader(file: file)
        let agenda = reader.readAgenda(root)
        let all = (diagnostics + reader.diagnostics).sortedByLocation()
        return Result(agenda: all.hasErrors ? nil : agenda, diagnostics: all)
    }
}

extension NodeReader {
    func readAgenda(_ root: YAMLNode) -> Agenda? {
        guard let fields = fields(root, named: "the agenda", allowed: ["meeting", "published", "members", "items", "contact", "webcast", "quorum", "notes"],
                                  context: "the agenda") else {
            return nil
        }
        var meeting: Agenda.Meeting?
        if let node = fields.present("meeting"),
           let m = self.fields(node, named: "meeting", allowed: ["body", "date", "time", "venue"], context: "the meeting") {
            let body = m.present("body").flatMap { text($0, named: "body") }
            if m.present("body") == nil { missing("body", in: m, example: "Cabinet") }
            let date = m.present("date").flatMap { self.date($0, named: "date") }
            if m.present("date") == nil { missing("date", in: m, example: "2006-03-21") }
            if let body, let date {
                meeting = Agenda.Meeting(body: body, date: date, time: m.present("time").flatMap { text($0, named: "time") },
                                         venue: m.present("venue").flatMap { text($0, named: "venue") })
            }
        } else if fields.present("meeting") == nil {
            missing("meeting", in: fields, example: "{body: Cabinet, date: 2006-03-21, time: \"14:00\", venue: County Hall}")
        }
        let members: [Agenda.Member] = fields.present("members").map { list($0, named: "members").compactMap(readMember) } ?? []
        var items: [AgendaItem] = []
        var supplements: [Int: Agenda.Supplement] = [:]
        for node in fields.present("items").map({ list($0, named: "items") }) ?? [] {
            guard let (item, supplement) = readAgendaItem(node) else { continue }
            if let supplement { supplements[items.count] = supplement }
            items.append(item)
        }
        if fields.present("items") == nil { missing("items", in: fields, example: "[{standard: apologies}, {report: reports/paper.yaml}]") }
        guard let meeting else { return nil }
        var agenda = Agenda(file: file, meeting: meeting, published: fields.present("published").flatMap { date($0, named: "published") },
                            members: members, items: items)
        agenda.contact = fields.present("contact").flatMap(readContact)
        agenda.webcast = fields.present("webcast").flatMap { prose($0, named: "webcast") }
        agenda.quorum = fields.present("quorum").flatMap { integer($0, named: "quorum") }
        agenda.notes = fields.present("notes").flatMap { prose($0, named: "notes") }
        agenda.supplements = supplements
        return agenda
    }

    private func readMember(_ node: YAMLNode) -> Agenda.Member? {
        if case .scalar = node { return text(node, named: "member").map { Agenda.Member(name: $0, role: nil) } }
        guard let fields = fields(node, named: "member", allowed: ["name", "role", "party", "substitute"], context: "a member") else { return nil }
        guard let name = fields.present("name").flatMap({ text($0, named: "name") }) else {
            missing("name", in: fields, example: "Cllr A. Member")
            return nil
        }
        // `substitute: true`, or the name of the member stood in for; `false` is no substitute.
        var substitute = fields.present("substitute").flatMap { text($0, named: "substitute") }
        if let value = substitute?.value.lowercased(), ["false", "no"].contains(value) { substitute = nil }
        return Agenda.Member(name: name, role: fields.present("role").flatMap { text($0, named: "role") },
                             party: fields.present("party").flatMap { text($0, named: "party") }, substitute: substitute)
    }

    /// An item, and for a report that follows in a supplementary agenda its supplement.
    private func readAgendaItem(_ node: YAMLNode) -> (AgendaItem, Agenda.Supplement?)? {
        guard let fields = fields(node, named: "item", allowed: ["standard", "title", "text", "report", "supplement", "reason"],
                                  context: "an agenda item") else {
            return nil
        }
        let number = fields.present("supplement").flatMap { integer($0, named: "supplement") }
        let reason = fields.present("reason").flatMap { prose($0, named: "reason") }
        if fields.present("report") == nil, let written = fields["supplement"] ?? fields["reason"] {
            report(Diagnostic(.supplementNotAReport, at: location(of: written)))
        }
        if let standard = fields.present("standard") {
            return choice(standard, named: "standard", as: AgendaItem.Standard.self).map { (.standard($0.value, fields.location), nil) }
        }
        if let path = fields.present("report") {
            var supplement: Agenda.Supplement?
            if let number {
                if number.value < 1 { report(Diagnostic(.badInteger("supplement", text: "\(number.value)"), at: number.location)) }
                if reason == nil { report(Diagnostic(.supplementWithoutReason(number.value), at: number.location, notes: [.init(.supplementReasonHelp)])) }
                supplement = Agenda.Supplement(number: number, reason: reason)
            } else if let reason {
                report(Diagnostic(.supplementNotAReport, at: reason.location))
            }
            return text(path, named: "report").map { (.report($0), supplement) }
        }
        guard let title = fields.present("title").flatMap({ text($0, named: "title") }) else {
            report(Diagnostic(.agendaItemKind, at: fields.location, notes: [.init(.agendaItemHelp)]))
            return nil
        }
        return (.free(title: title, text: fields.present("text").flatMap { prose($0, named: "text") }), nil)
    }
}
