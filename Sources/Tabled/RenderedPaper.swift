/// A paper in every output form, ready for the CLI to write.
public struct RenderedPaper: Sendable {
    public var title: String
    public var markdown: String
    public var html: String
    public var text: String
}
