/// A place in an input file: where a value was written, for diagnostics.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Where in a paged or tabled file a place is, when lines alone do not say it.
    public enum Part: Hashable, Sendable, Comparable {
        /// A page of a PDF; the line counts the page's lines of text from its top.
        case page(Int)
        /// A table of a Word document, counted from 1; the line is its row, the column its column.
        case wordTable(Int)
    }

    /// The file as the user named it.
    public var file: String
    /// 1-based line (a Word table's row).
    public var line: Int
    /// 1-based column, counted in Unicode scalars as libyaml does (a Word table's column).
    public var column: Int
    /// The page or Word table the line is counted in; nil for text files.
    public var part: Part?
    /// Where the value's text itself starts, when its characters stand in the file line for
    /// line from there (a one-line plain or quoted value, a literal block): a place inside the
    /// text is found by counting (`inside(after:)`). Not part of the location's identity.
    public var textStart: (line: Int, column: Int)?

    public init(file: String, line: Int, column: Int, part: Part? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.part = part
    }

    /// The place of the character after `prefix` in the value written here, if the value's
    /// characters can be counted to it; otherwise the value's own place.
    public func inside(after prefix: Substring) -> SourceLocation {
        guard let textStart else { return self }
        var place = SourceLocation(file: file, line: textStart.line, column: textStart.column, part: part)
        var column = textStart.column
        for scalar in prefix.unicodeScalars {
            if scalar == "\n" {
                place.line += 1
                column = textStart.column
            } else {
                column += 1
            }
        }
        place.column = column
        return place
    }

    public static func == (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        lhs.file == rhs.file && lhs.line == rhs.line && lhs.column == rhs.column && lhs.part == rhs.part
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(line)
        hasher.combine(column)
        hasher.combine(part)
    }

    /// The start of a file: for problems with the file as a whole.
    public static func start(of file: String) -> SourceLocation {
        SourceLocation(file: file, line: 1, column: 1)
    }

    /// `paper.md:12:3`, `paper.pdf:page 2:line 14`, `paper.docx:table 1:row 9:column 2`.
    public var description: String {
        switch part {
        case nil: "\(file):\(line):\(column)"
        case .page(let page): "\(file):page \(page):line \(line)"
        case .wordTable(let table): "\(file):table \(table):row \(line):column \(column)"
        }
    }

    /// Where a table starts, in words for a name or an index: "line 16", "page 2, line 14", "table 3".
    public var place: String {
        switch part {
        case nil: "line \(line)"
        case .page(let page): "page \(page), line \(line)"
        case .wordTable(let table): "table \(table)"
        }
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if lhs.part != rhs.part {
            guard let left = lhs.part else { return true }
            guard let right = rhs.part else { return false }
            return left < right
        }
        return (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
