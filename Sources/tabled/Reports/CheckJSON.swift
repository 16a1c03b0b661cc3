import Foundation
import TabledModel

/// `tabled check --format json`: one object, as DESIGN.md section 7 fixes it.
struct CheckJSON: Encodable {
    struct File: Encodable {
        var file: String
        var tables: Int
        var checked: Int
        var notChecked: Int
        var errors: Int
        var warnings: Int

        enum CodingKeys: String, CodingKey {
            case file, tables, checked, errors, warnings
            case notChecked = "not_checked"
        }
    }

    struct Note: Encodable {
        var message: String
        var file: String?
        var line: Int?
        var column: Int?
        var page: Int?
        var wordTable: Int?
        var row: Int?

        enum CodingKeys: String, CodingKey {
            case message, file, line, column, page, row
            case wordTable = "word_table"
        }

        init(_ note: Diagnostic.Note) {
            message = note.message
            guard let location = note.location else { return }
            (file, line, column) = (location.file, location.line, location.column)
            (page, wordTable, row) = Place(location).keys
        }
    }

    /// A location's page (PDF), or Word table and row, beside its line and column.
    struct Place {
        var keys: (page: Int?, wordTable: Int?, row: Int?)

        init(_ location: SourceLocation) {
            switch location.part {
            case .page(let page)?: keys = (page, nil, nil)
            case .wordTable(let table)?: keys = (nil, table, location.line)
            case nil: keys = (nil, nil, nil)
            }
        }
    }

    struct Entry: Encodable {
        var file: String
        var line: Int
        var column: Int
        var severity: String
        var id: String
        var message: String
        var table: String?
        var expected: String?
        var actual: String?
        var difference: String?
        var notes: [Note]?
        /// A PDF's page (the line counts that page's lines).
        var page: Int?
        /// A Word file's table, counted from 1, with the row and column in it.
        var wordTable: Int?
        var row: Int?

        enum CodingKeys: String, CodingKey {
            case file, line, column, severity, id, message, table, expected, actual, difference, notes, page, row
            case wordTable = "word_table"
        }
    }

    /// One table found, with its verdict and how much of it was checked.
    struct Table: Encodable {
        var file: String
        var table: String
        var line: Int
        var column: Int
        var page: Int?
        var wordTable: Int?
        var verdict: String
        var figures: Int
        var figuresChecked: Int

        enum CodingKeys: String, CodingKey {
            case file, table, line, column, page, verdict, figures
            case wordTable = "word_table"
            case figuresChecked = "figures_checked"
        }

        init(_ reviewed: ReviewedTable) {
            let location = reviewed.location
            (file, table, line, column) = (location.file, reviewed.name, location.line, location.column)
            (page, wordTable, _) = Place(location).keys
            verdict = reviewed.verdict.contractName
            figures = reviewed.figures
            figuresChecked = reviewed.figuresChecked
        }
    }

    /// Changes whenever a field changes meaning; fields are only added within a version.
    static let version = 2

    var version = CheckJSON.version
    var files: [File]
    var tables: [Table]
    var diagnostics: [Entry]

    init(files: [FileSummary], reviews: [ReviewedPaper], diagnostics: [Diagnostic]) {
        tables = reviews.flatMap { $0.tables.map(Table.init) }
        self.files = files.map {
            File(file: $0.file, tables: $0.tables, checked: $0.checked, notChecked: $0.notChecked, errors: $0.errors, warnings: $0.warnings)
        }
        self.diagnostics = diagnostics.map { d in
            var entry = Entry(file: d.location.file, line: d.location.line, column: d.location.column, severity: d.severity.rawValue,
                              id: d.id, message: d.message, table: d.table, expected: d.arithmetic?.expected.decimal,
                              actual: d.arithmetic?.actual.decimal, difference: d.arithmetic?.difference.decimal,
                              notes: d.notes.isEmpty ? nil : d.notes.map(Note.init))
            (entry.page, entry.wordTable, entry.row) = Place(d.location).keys
            return entry
        }
    }

    func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self), let text = String(data: data, encoding: .utf8) else { return "{}" }
        return text
    }
}
