/// Where the time went for one paper, stage by stage: for `--profile` and the benchmarks.
public struct StageTimings: Sendable {
    /// YAML text to the located model.
    public var read: Duration = .zero
    /// Tables, figures, references and house-style rules.
    public var check: Duration = .zero
    /// View models through the Mustache templates to Markdown.
    public var templates: Duration = .zero
    /// cmark-gfm's parse and the conversion of its tree.
    public var cmark: Duration = .zero
    /// The HTML page and the plain text.
    public var writers: Duration = .zero

    public init() {}

    public static func + (a: StageTimings, b: StageTimings) -> StageTimings {
        var sum = StageTimings()
        sum.read = a.read + b.read
        sum.check = a.check + b.check
        sum.templates = a.templates + b.templates
        sum.cmark = a.cmark + b.cmark
        sum.writers = a.writers + b.writers
        return sum
    }

    /// The stages in pipeline order, with their names.
    public var stages: [(String, Duration)] {
        [("YAML", read), ("checks", check), ("templates", templates), ("cmark-gfm", cmark), ("HTML and text", writers)]
    }
}
