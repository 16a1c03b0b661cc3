import Foundation
import Testing
import Tabled
import TabledModel
import TabledWord
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Word output: a well-formed package, the same bytes every run, nothing a paper says can
/// reach the XML unescaped, and python-docx reads every table back as the model has it.
@Suite struct WordWriterTests {
    static func parts(_ data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry, consumer: { bytes.append($0) })
            parts[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return parts
    }

    static func wellFormed(_ xml: String) -> Bool {
        let parser = XMLParser(data: Data(xml.utf8))
        return parser.parse()
    }

    static func brent() throws -> (PaperRenderer, RenderedPaper) {
        let renderer = try PaperRenderer()
        let outcome = renderer.render(try TestSupport.read("Examples/brent-2014-mental-health/report.yaml"), file: "report.yaml")
        return (renderer, try #require(outcome.paper))
    }

    @Test func everyPartIsWellFormedAndTheBytesRepeat() throws {
        let (renderer, paper) = try Self.brent()
        let first = try renderer.docx(paper)
        #expect(try renderer.docx(paper) == first, "two runs give the same bytes")
        let parts = try Self.parts(first)
        #expect(Set(parts.keys) == ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml",
                                    "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml", "word/numbering.xml",
                                    "word/header1.xml", "word/footer1.xml"])
        for (name, xml) in parts { #expect(Self.wellFormed(xml), "\(name)") }
        let document = try #require(parts["word/document.xml"])
        #expect(document.contains("<w:t xml:space=\"preserve\">3.17</w:t>"), "paragraph numbers are text, as the page shows them")
        #expect(document.contains("<w:tblHeader/>"), "the header row repeats")
        // Accessibility: lists are Word lists, tables have alt text, Word is not asked to update fields.
        #expect(document.contains("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"), "lists are Word lists")
        #expect(!document.contains(">•<"), "no bullet typed as text")
        #expect(parts["word/numbering.xml"]?.contains("<w:numFmt w:val=\"bullet\"/>") == true)
        #expect(document.contains("<w:tblCaption w:val=\"Table 1: "), "every table has alt text")
        #expect(parts["word/settings.xml"]?.contains("updateFields") == false)
        #expect(document.contains("<w:hyperlink w:anchor=\"tpara_3_26\">"), "references link to bookmarks")
        #expect(document.contains("w:name=\"tpara_3_26\""))
        #expect(parts["word/header1.xml"]?.contains("Executive, 17 February 2014") == true)
        #expect(parts["word/footer1.xml"]?.contains("NUMPAGES") == true)
        #expect(parts["docProps/core.xml"]?.contains("<dc:creator>Strategic Director of Adult Social Services</dc:creator>") == true)
    }

    /// Markup, CDATA ends, control characters and bidirectional marks in every field.
    @Test func nothingAPaperSaysReachesTheXMLUnescaped() throws {
        let evil = "<w:p><w:r><w:t>INJECTED</w:t></w:r></w:p> ]]> & \"q\" 'a' \u{7}\u{1B}\u{0C} \u{202E}rtl\u{200F} end"
        let quoted = "\"" + evil.unicodeScalars.map { $0.value < 32 ? String(format: "\\x%02X", $0.value) : String($0) }.joined()
            .replacingOccurrences(of: "\"", with: "\\\"") + "\""
        let yaml = """
            meeting: {body: \(quoted), date: 2006-03-21, item: \(quoted)}
            title: \(quoted)
            from: \(quoted)
            summary: \(quoted)
            recommendations: {lead: \(quoted), items: [\(quoted)]}
            sections:
              - title: \(quoted)
                paragraphs:
                  - \(quoted)
                  - table: t
            tables:
              - id: t
                caption: \(quoted)
                label: \(quoted)
                unit: £
                columns: [{label: \(quoted)}, {label: \(quoted), text: true}]
                rows:
                  - [\(quoted), 1, \(quoted)]
                  - {label: \(quoted), total: sum, values: [1, \(quoted)]}
            contacts: [{name: \(quoted), role: \(quoted), email: \(quoted)}]
            signed: {name: \(quoted), role: \(quoted)}

            """
        let renderer = try PaperRenderer()
        let outcome = renderer.render(yaml, file: "evil.yaml")
        let paper = try #require(outcome.paper, "\(outcome.diagnostics.map(\.message))")
        for (name, xml) in try Self.parts(try renderer.docx(paper)) {
            #expect(Self.wellFormed(xml), "\(name) is not well-formed")
            #expect(!xml.contains("<w:t>INJECTED"), "\(name): markup from the paper became XML")
            #expect(!xml.unicodeScalars.contains { $0.value < 32 && $0 != "\n" && $0 != "\r" && $0 != "\t" }, "\(name): a control character")
        }
        let document = try #require(try Self.parts(try renderer.docx(paper))["word/document.xml"])
        #expect(document.contains("&lt;w:p&gt;&lt;w:r&gt;&lt;w:t&gt;INJECTED"))
        #expect(document.contains("\u{202E}rtl\u{200F}"), "bidirectional marks are text and stay")
    }

    /// python-docx (PyPI), a reader we did not write, finds every table cell as the model has it.
    @Test func pythonDocxReadsEveryTableBackCellForCell() throws {
        let (renderer, paper) = try Self.brent()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tabled-docx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("report.docx")
        try renderer.docx(paper).write(to: file)
        let script = "import docx, json, sys\nd = docx.Document(sys.argv[1])\n"
            + "print(json.dumps([[[c.text for c in r.cells] for r in t.rows] for t in d.tables]))"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "python-docx is installed by make test-deps")
        let read = try JSONDecoder().decode([[[String]]].self, from: data)
        let expected: [[[String]]] = paper.blocks.compactMap { block in
            guard case .table(let table) = block else { return nil }
            return [table.columns.map { $0.header.plainText }] + table.rows.map { row in row.cells.map(\.plainText) }
        } + Self.nestedTables(paper.blocks)
        #expect(read.count == 2)
        #expect(read == expected)
    }

    /// Tables inside divisions and numbered paragraphs, in document order.
    static func nestedTables(_ blocks: [Block]) -> [[[String]]] {
        var found: [[[String]]] = []
        for block in blocks {
            switch block {
            case .division(_, let inner), .numbered(_, _, let inner), .blockQuote(let inner):
                for case .table(let table) in inner {
                    found.append([table.columns.map { $0.header.plainText }] + table.rows.map { $0.cells.map(\.plainText) })
                }
                found += nestedTables(inner.filter { if case .table = $0 { return false } else { return true } })
            default: break
            }
        }
        return found
    }
}
