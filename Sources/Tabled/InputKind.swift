/// What an input file is, told once for every command: a Tabled paper, an agenda, a
/// decision record, or a paper someone published (by its extension).
public enum InputKind: Sendable, Equatable {
    case paper
    case agenda
    case decisions
    case minutes
    case published(PaperFormat)

    /// By the file's extension, then for YAML by the top-level keys it starts lines with:
    /// an agenda lists `items:` and has no `title:`; a decision record names its `agenda:`
    /// and its `decisions:`; minutes name their `agenda:` and who was `present:`.
    public init(file: String, text: String?) {
        let format = PaperFormat(file: file)
        guard format == .yaml else {
            self = .published(format)
            return
        }
        guard let text else {
            self = .paper
            return
        }
        let keys = TopLevelKeys(text, among: ["items", "title", "decisions", "agenda", "present"])
        if keys.has("decisions") && keys.has("agenda") {
            self = .decisions
        } else if keys.has("present") && keys.has("agenda") {
            self = .minutes
        } else if keys.has("items") && !keys.has("title") {
            self = .agenda
        } else {
            self = .paper
        }
    }
}
