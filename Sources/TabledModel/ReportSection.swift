/// A numbered section of the report body.
public struct ReportSection: Sendable {
    public var id: Located<String>?
    public var title: Located<String>
    public var paragraphs: [SectionParagraph]

    public init(id: Located<String>?, title: Located<String>, paragraphs: [SectionParagraph]) {
        self.id = id
        self.title = title
        self.paragraphs = paragraphs
    }
}
