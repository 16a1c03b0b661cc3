import Foundation
import Tabled
import TabledModel
import TabledPack
import TabledReader
import TabledWriter

private let builder = (try? PaperRenderer()).map(PackBuilder.init)

/// A meeting with the input as its Part I and its Part II report.
private let fixedAgenda = """
    meeting: {body: Cabinet, date: 2026-12-15, time: "14:00", venue: County Hall}
    published: 2026-12-01
    members: [{name: Cllr A, role: Leader}]
    items:
      - standard: apologies
      - report: public.yaml
      - standard: exclusion
      - report: exempt.yaml
    """

/// Whatever agenda the bytes name is the fixed one, and every report it names a minimal one.
private struct MeetingFiles: FileSource {
    func read(_ path: String) -> FileReading { .text(path.hasSuffix("agenda.yaml") ? fixedAgenda : minimalReport) }
    func resolved(_ path: String) -> String { FilePath.tidy(path) }
}

/// A report any meeting may take.
private let minimalReport = "meeting: {body: Cabinet, date: 2026-12-15}\ntitle: A Report\nrecommendations: {items: [agree.]}\n"

/// The fuzz callback: any bytes through `tabled pack`, in memory: as a report on a fixed
/// agenda (in Part I and in Part II), and as an agenda whose every report is the same bytes.
/// Front sheet, items, public and confidential packs are all built. Built only by `make fuzz`.
func tabledFuzzPack(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = String(bytes: UnsafeBufferPointer(start: data, count: size), encoding: .utf8), let builder else { return 0 }
    let fixed = MemoryFiles(["agenda.yaml": fixedAgenda, "public.yaml": text, "exempt.yaml": text])
    if let pack = builder.build(agendaAt: "agenda.yaml", from: fixed).pack, let open = pack.open {
        _ = MeetingFeed.feed([open], council: nil)
    }
    // The bytes as the clerk's records after the meeting: minutes and decisions of the fixed agenda.
    let records = MeetingFiles()
    if let minutes = MinutesBuilder.build(recordAt: "minutes.yaml", text: text, from: records, style: .standard).minutes {
        _ = HTMLWriter().fragment(minutes.publicBlocks + (minutes.confidentialBlocks ?? []))
    }
    if let notice = DecisionNoticeBuilder.build(recordAt: "decisions.yaml", text: text, from: records, style: .standard).notice {
        _ = NoticeJSON.decisions(notice)
    }
    if let agenda = AgendaReader.read(text, file: "agenda.yaml").agenda {
        // Every report the bytes name is the fixed agenda's text, which no report reads as.
        var files = ["agenda.yaml": text]
        for case .report(let path) in agenda.items {
            if let relative = FilePath.normalise(path.value) { files[relative] = fixedAgenda }
        }
        _ = builder.build(agendaAt: "agenda.yaml", from: MemoryFiles(files))
    }
    return 0
}
