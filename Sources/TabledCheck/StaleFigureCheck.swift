import TabledModel

/// Warns when prose states a money amount literally that equals none of the paper's
/// figures but is within 1% of one: most likely a copy that went stale when a table changed.
struct StaleFigureCheck {
    let known: KnownAmountIndex

    init(known: [KnownAmount]) {
        self.known = KnownAmountIndex(known)
    }

    func check(_ prose: Located<String>) -> [Diagnostic] {
        guard !known.isEmpty, prose.value.containsBytes("£") else { return [] }
        var diagnostics: [Diagnostic] = []
        for text in Words.moneyAmounts(in: prose.value) {
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
