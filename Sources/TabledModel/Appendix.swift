/// An appendix or annex listed with the report.
public struct Appendix: Sendable {
    public var id: Located<String>?
    public var title: Located<String>
    /// Another Tabled file holding the appendix, relative to the report.
    public var file: Located<String>?

    public init(id: Located<String>?, title: Located<String>, file: Located<String>?) {
        self.id = id
        self.title = title
        self.file = file
    }
}
