/// A line and column inside a piece of text, before it is placed in a file.
public struct SourcePosition: Hashable, Sendable {
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
