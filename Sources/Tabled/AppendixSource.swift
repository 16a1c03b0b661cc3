/// The text of an appendix kept in a file of its own, as the CLI read it for its report.
public struct AppendixSource: Sendable {
    /// Which of the report's `appendices:` the file holds.
    public var index: Int
    public var text: String
    /// The name to report it by.
    public var file: String

    public init(index: Int, text: String, file: String) {
        self.index = index
        self.text = text
        self.file = file
    }
}
