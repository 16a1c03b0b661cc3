/// One cell as written, and what it says.
public struct TableCell: Sendable {
    /// The text as written in the file (a YAML number's own digits).
    public var text: Located<String>
    public var value: PrintedValue

    public init(text: Located<String>, value: PrintedValue) {
        self.text = text
        self.value = value
    }

    /// A cell read as an amount.
    public static func reading(_ text: Located<String>) -> TableCell {
        TableCell(text: text, value: Amount.read(text.value))
    }
}
