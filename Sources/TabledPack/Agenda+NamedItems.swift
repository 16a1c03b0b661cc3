import TabledModel

extension Agenda {
    /// Of the entries a record made after the meeting names by item number (decisions,
    /// minutes), those the agenda has, each the first to name its item, in the order given; and
    /// a located error for a number the agenda does not have and for an item named again.
    func named<Entry>(_ entries: [Entry], by number: (Entry) -> Located<Int>, unknown: (Int, Int) -> DiagnosticKind,
                      twice: (Int) -> DiagnosticKind) -> (entries: [Entry], diagnostics: [Diagnostic]) {
        var kept: [Entry] = []
        var diagnostics: [Diagnostic] = []
        var seen: [Int: SourceLocation] = [:]
        for entry in entries {
            let item = number(entry)
            guard item.value >= 1, item.value <= items.count else {
                diagnostics.append(Diagnostic(unknown(item.value, items.count), at: item.location))
                continue
            }
            if let first = seen[item.value] {
                diagnostics.append(Diagnostic(twice(item.value), at: item.location, notes: [.init(.firstHere, at: first)]))
                continue
            }
            seen[item.value] = item.location
            kept.append(entry)
        }
        return (kept, diagnostics)
    }
}
