/// An appendix or annex listed with the report.
public struct Appendix: Sendable {
    public var id: Located<String>?
    public var title: Located<String>
    /// The council's own label ("Annex 1a"), where the house style's numbering cannot give it.
    public var label: Located<String>?
    /// Another Tabled file holding the appendix, relative to the report.
    public var file: Located<String>?
    /// Why the appendix is not for publication, when the report itself may be: it then goes
    /// only to the confidential pack, and the public paper carries its title and this notice.
    public var exempt: ExemptNotice?

    public init(id: Located<String>?, title: Located<String>, label: Located<String>? = nil, file: Located<String>?,
                exempt: ExemptNotice? = nil) {
        self.id = id
        self.title = title
        self.label = label
        self.file = file
        self.exempt = exempt
    }
}
