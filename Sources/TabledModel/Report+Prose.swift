extension Report {
    /// Every field of officers' prose the presenter places as a block of its own (summary,
    /// recommendations, section paragraphs, implications, table notes): what the prose checks
    /// parse. Keep it in step with `Presenter`: `check` asks this list whether any field needs parsing.
    public var proseFields: [Located<String>] {
        var fields: [Located<String>] = []
        if let summary { fields.append(summary) }
        if let recommendations {
            if let lead = recommendations.lead { fields.append(lead) }
            fields += recommendations.items.map(\.text)
        }
        for section in sections {
            for paragraph in section.paragraphs {
                if case .text(_, let text) = paragraph { fields.append(text) }
            }
        }
        fields += implications.map(\.text)
        for table in tables {
            if let note = table.note { fields.append(note) }
            fields += table.notes.map(\.text)
        }
        return fields
    }
}
