/// One item in a section: a numbered paragraph of prose, or a table placed there.
public enum SectionParagraph: Sendable {
    case text(id: Located<String>?, text: Located<String>)
    /// A table from `tables:`, by id.
    case table(Located<String>)
}
