import Foundation
import Tabled
import TabledModel
import TabledPack
import TabledPresent
import TabledWriter
import Testing
import ZIPFoundation

/// Every public file of every Example agenda's pack (front sheet, items, public pack in HTML,
/// text and Word) is what the writers make of `PublicView`'s public view, and holds not one
/// sentence of an exempt report or appendix.
@Suite struct PublicViewTests {
    static let agendas = ((try? FileManager.default.contentsOfDirectory(atPath: TestSupport.root.appendingPathComponent("Examples").path)) ?? [])
        .filter { $0.hasSuffix("agenda.yaml") }.sorted().map { "Examples/" + $0 }

    @Test func thereAreAgendasWithExemptItems() {
        #expect(Self.agendas.count >= 3)
    }

    /// The lines only those entitled may read: the plain text of every exempt paper and of
    /// each exempt appendix of a public one, less its title and notice and the lines any public
    /// paper of the meeting prints too (the masthead, the council's name).
    static func exemptLines(_ papers: [RenderedPaper]) -> [String] {
        let publicText = papers.filter { PublicView.audience(of: $0.report) == .everyone }.map(\.text).joined(separator: "\n")
        var lines: [String] = []
        for paper in papers {
            let blocks: [Block] = PublicView.audience(of: paper.report) == .confidential
                ? PublicView.blocks(of: paper, for: .confidential)
                : paper.appendices.filter { $0.exempt != nil }.flatMap(\.blocks)
            let notices = ([paper.report.exempt] + paper.appendices.map(\.exempt)).compactMap { $0 }.map(TemplateRenderer.exemptNotice)
            lines += PlainTextWriter().document(blocks).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { line in
                    line.count >= 24 && !paper.report.title.value.contains(line) && !notices.contains { $0.contains(line) }
                        && !publicText.contains(line)
                }
        }
        return lines
    }

    @Test(arguments: agendas)
    func noPublicFileHoldsExemptWords(_ agenda: String) throws {
        let builder = PackBuilder(renderer: try PaperRenderer())
        let outcome = builder.build(agendaAt: agenda, from: TestSupport.files, word: true)
        let pack = try #require(outcome.pack)
        #expect(!pack.files.isEmpty, "\(outcome.diagnostics.map(\.message))")
        // The papers as processed, to know their exempt words.
        let loaded = AgendaFiles.load(agenda, from: TestSupport.files)
        let renderer = try PaperRenderer()
        let papers = try loaded.reports.sorted(by: { $0.key < $1.key }).compactMap { index, report in
            try #require(loaded.agenda).items.indices.contains(index)
                ? renderer.process(report.file, text: report.text, from: TestSupport.files, goal: .render,
                                   agendaItem: PackBuilder.placement(in: try #require(loaded.agenda), item: index)).paper
                : nil
        }
        let secret = Self.exemptLines(papers)
        let hasExempt = papers.contains { $0.holdsExemptContent }
        if hasExempt { #expect(!secret.isEmpty, "an exempt paper with no words to look for") }
        for file in pack.files {
            let isConfidential = file.path.hasPrefix("confidential/")
            #expect(isConfidential == file.path.contains("confidential"), "\(file.path)")
            guard !isConfidential else { continue }
            let text = try Self.text(of: file)
            for sentence in secret {
                #expect(!text.contains(sentence), "\(file.path) holds exempt words: \(sentence)")
            }
        }
        // Each public item file is the writers' rendering of that paper's public view.
        for paper in papers where PublicView.audience(of: paper.report) == .everyone {
            let html = pack.files.first { $0.path.hasPrefix("items/") && $0.path.hasSuffix(".html") && Self.string($0) == paper.html }
            #expect(html != nil, "no item file is \(paper.title)")
        }
    }

    static func string(_ file: MeetingPack.File) -> String {
        String(decoding: file.contents, as: UTF8.self)
    }

    /// A file's words: HTML and text as they are, a Word file's document part.
    static func text(of file: MeetingPack.File) throws -> String {
        guard file.path.hasSuffix(".docx") else { return string(file) }
        let archive = try Archive(data: file.contents, accessMode: .read)
        var xml = Data()
        _ = try archive.extract(try #require(archive["word/document.xml"])) { xml.append($0) }
        // Runs joined, so that a sentence split across runs is still found.
        return String(decoding: xml, as: UTF8.self).replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
    }
}
