import TabledModel

/// Warns when prose states a money amount literally that equals none of the paper's
/// figures but is within 1% of one: most likely a copy that went stale when a table changed.
struct StaleFigureCheck {
    let known: KnownAmountIndex

    /// A money amount as prose writes it: `£996,467`, `£2.122m`, `£3.3 million`. Parsed once:
    /// a regex literal in a function body is parsed again on every call.
    nonisolated(unsafe) static let money = #/£\s?\d[\d,]*(\.\d+)?(\s?(million|billion|bn|m|k))?\b/#

    init(known: [KnownAmount]) {
        self.known = KnownAmountIndex(known)
    }

    func check(_ prose: Located<String>) -> [Diagnostic] {
        guard !known.isEmpty, prose.value.contains("£") else { return [] }
        var diagnostics: [Diagnostic] = []
        for match in prose.value.matches(of: Self.money) {
            let text = String(match.output.0)
            guard case .figure(let amount, let unit?) = Amount.read(text), let pounds = KnownAmount.inPounds(amount, unit: unit),
                  let precision = KnownAmount.precision(of: amount, unit: unit) else { continue }
            // Equal at the prose's own precision is a faithful quote (£0.377m for £376,961).
            if known.quotes(pounds, precision: precision) { continue }
            guard let close = known.closeTo(pounds) else { continue }
            diagnostics.append(Diagnostic(.staleFigure(printed: text, known: close.printed, name: close.name), at: prose.location,
                notes: [.init(.knownFigureHere(close.name), at: close.location), .init(.staleFigureHelp)]))
        }
        return diagnostics
    }
}
