/// What a `tabled.yaml` project file sets for the papers in its folder and below: the house
/// style and templates, and the default output formats and folder. Paths are as written,
/// relative to the project file's folder; flags on the command line override every one.
public struct ProjectSettings: Sendable {
    public var style: Located<String>?
    public var templates: Located<String>?
    public var format: Located<String>?
    public var output: Located<String>?

    public init(style: Located<String>? = nil, templates: Located<String>? = nil, format: Located<String>? = nil,
                output: Located<String>? = nil) {
        self.style = style
        self.templates = templates
        self.format = format
        self.output = output
    }
}
