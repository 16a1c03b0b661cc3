import Foundation
import Tabled
import TabledCheck
import TabledModel
import TabledReader

/// Paths and helpers shared by the unit tests.
enum TestSupport {
    /// The package root, found from this file so tests run from any directory.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The repository's files, as the library's entry points read them.
    static let files = RepositoryFiles()

    static func read(_ relative: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }

    /// Reads and checks YAML, returning every diagnostic.
    static func diagnostics(_ yaml: String, file: String = "test.yaml") -> [Diagnostic] {
        PaperRenderer.check(yaml, file: file).diagnostics
    }

    /// A minimal annex around a table, so tests can focus on the table.
    static func annex(table: String) -> String {
        """
        kind: annex
        title: Test
        sections:
          - title: Figures
            paragraphs:
              - table: t
        tables:
        \(table)
        """
    }
}
