/// One problem found in an input: a value, never printed by the library.
///
/// The `id` is stable and documented (for example `table.total-mismatch`); the
/// wording of `message` lives in each stage's catalogue and may improve.
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
        public var message: String
        public var location: SourceLocation?

        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    /// The figures behind an arithmetic diagnostic, as plain decimal strings in the table's unit.
    public struct Arithmetic: Sendable, Equatable {
        public var expected: String
        public var actual: String
        public var difference: String

        public init(expected: String, actual: String, difference: String) {
            self.expected = expected
            self.actual = actual
            self.difference = difference
        }
    }

    public var id: String
    public var severity: Severity
    public var message: String
    public var location: SourceLocation
    public var notes: [Note]
    /// The table's id or caption, for table diagnostics.
    public var table: String?
    public var arithmetic: Arithmetic?

    public init(
        id: String, severity: Severity, message: String, location: SourceLocation,
        notes: [Note] = [], table: String? = nil, arithmetic: Arithmetic? = nil
    ) {
        self.id = id
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
        self.table = table
        self.arithmetic = arithmetic
    }

    public static func error(_ id: String, _ message: String, at location: SourceLocation, notes: [Note] = []) -> Diagnostic {
        Diagnostic(id: id, severity: .error, message: message, location: location, notes: notes)
    }

    public static func warning(_ id: String, _ message: String, at location: SourceLocation, notes: [Note] = []) -> Diagnostic {
        Diagnostic(id: id, severity: .warning, message: message, location: location, notes: notes)
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic stops output.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// How many diagnostics have this severity.
    public func count(of severity: Diagnostic.Severity) -> Int {
        reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
    }

    /// Sorted by file position, errors before warnings at the same place, stable otherwise.
    public func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { a, b in
            if a.element.location != b.element.location { return a.element.location < b.element.location }
            return a.offset < b.offset
        }.map(\.element)
    }
}
