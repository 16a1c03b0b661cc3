/// A value together with the place it was written.
public struct Located<Value> {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    /// The same location with a transformed value.
    public func map<T>(_ transform: (Value) throws -> T) rethrows -> Located<T> {
        Located<T>(try transform(value), at: location)
    }
}

extension Located: Sendable where Value: Sendable {}
extension Located: Equatable where Value: Equatable {}

/// Hashes the place alone: two values written at one place are rare, and a prose field's
/// location is a few words where the prose is a paragraph (the checker keys every resolved
/// text by its field, and hashing whole paragraphs was a tenth of its time).
extension Located: Hashable where Value: Hashable {
    public func hash(into hasher: inout Hasher) {
        hasher.combine(location.line)
        hasher.combine(location.column)
    }
}
