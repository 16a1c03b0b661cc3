/// Why a report is not for publication: the Schedule 12A (LGA 1972) paragraphs it falls under.
public struct ExemptNotice: Sendable {
    public var paragraphs: [Located<Int>]
    public var reason: Located<String>?
    public var location: SourceLocation

    public init(paragraphs: [Located<Int>], reason: Located<String>?, location: SourceLocation) {
        self.paragraphs = paragraphs
        self.reason = reason
        self.location = location
    }
}
