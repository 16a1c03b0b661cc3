/// One problem found in an input: a value, never printed by the library.
///
/// The `id` is stable and documented (for example `table.total-mismatch`); the
/// wording of `message` lives in the one catalogue, `DiagnosticKind`, and may improve.
public struct Diagnostic: Sendable, Equatable {
    /// How bad a diagnostic is.
    public enum Severity: String, Sendable, Comparable {
        case note, warning, error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// A secondary message pointing at a related place.
    public struct Note: Sendable, Equatable {
        public var kind: NoteKind
        public var location: SourceLocation?

        public init(_ kind: NoteKind, at location: SourceLocation? = nil) {
            self.kind = kind
            self.location = location
        }

        public var message: String { kind.message }

        /// "did you mean 'x'?" for the closest of a few known words, or else the list of them all.
        public static func suggestion(for word: String, among allowed: [String]) -> Note {
            Note(Suggestion.closest(to: word, in: allowed).map(NoteKind.didYouMean) ?? .allowedKeys(allowed))
        }

        /// "did you mean 'x'?" for the closest candidate, if one is close enough.
        public static func didYouMean(_ word: String, in candidates: [String]) -> [Note] {
            Suggestion.closest(to: word, in: candidates).map { [Note(.didYouMean($0))] } ?? []
        }
    }

    /// The figures behind an arithmetic diagnostic, as plain decimal strings in the table's unit.
    /// The figures of a sum that does not hold, for the review page and JSON.
    public struct Arithmetic: Sendable, Equatable {
        public var expected: PrintedAmount
        public var actual: PrintedAmount
        public var difference: PrintedAmount

        public init(expected: PrintedAmount, actual: PrintedAmount, difference: PrintedAmount) {
            self.expected = expected
            self.actual = actual
            self.difference = difference
        }
    }

    /// What was found; the id, severity and wording come from the catalogue.
    public var kind: DiagnosticKind
    public var location: SourceLocation
    public var notes: [Note]
    /// The table's id or caption, for table diagnostics.
    public var table: String?
    public var arithmetic: Arithmetic?

    public init(_ kind: DiagnosticKind, at location: SourceLocation, notes: [Note] = [], table: String? = nil,
                arithmetic: Arithmetic? = nil) {
        self.kind = kind
        self.location = location
        self.notes = notes
        self.table = table
        self.arithmetic = arithmetic
    }

    public var id: String { kind.id }
    public var severity: Severity { kind.severity }
    public var message: String { kind.message }

    /// Whether an identity was found off only within what its figures' rounding allows.
    public var isRoundingDifference: Bool {
        switch kind {
        case .roundingDifference, .ratioRounding: true
        default: false
        }
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic stops output.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// How many diagnostics have this severity.
    public func count(of severity: Diagnostic.Severity) -> Int {
        reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
    }

    /// As a reader is told them: a table's rounding differences worded once, at the first,
    /// with each difference a note at its place; everything else as it is. (JSON keeps one
    /// entry per identity.)
    public func groupingRoundingDifferences() -> [Diagnostic] {
        var counts: [String: Int] = [:]
        for d in self where d.isRoundingDifference { counts[d.location.file + "\u{1F}" + (d.table ?? ""), default: 0] += 1 }
        guard counts.values.contains(where: { $0 > 1 }) else { return self }
        var grouped: [Diagnostic] = []
        var placed: [String: Int] = [:]
        for d in self {
            let key = d.location.file + "\u{1F}" + (d.table ?? "")
            guard d.isRoundingDifference, let table = d.table, let count = counts[key], count > 1 else {
                grouped.append(d)
                continue
            }
            if let at = placed[key] {
                grouped[at].notes.append(.init(.quoted(d.message), at: d.location))
            } else {
                placed[key] = grouped.count
                grouped.append(Diagnostic(.roundingDifferences(table: table, count: count), at: d.location,
                                          notes: [.init(.quoted(d.message), at: d.location)], table: table))
            }
        }
        return grouped
    }

    /// Sorted by file position, errors before warnings at the same place, stable otherwise.
    public func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { a, b in
            if a.element.location != b.element.location { return a.element.location < b.element.location }
            return a.offset < b.offset
        }.map(\.element)
    }
}
