import Foundation
import Tabled
import TabledModel
import TabledPack
import TabledReader

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

/// The fuzz callback: any bytes through `tabled pack`, in memory: as a report on a fixed
/// agenda (in Part I and in Part II), and as an agenda whose every report is the same bytes.
/// Front sheet, items, public and confidential packs are all built. Built only by `make fuzz`.
func tabledFuzzPack(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = String(bytes: UnsafeBufferPointer(start: data, count: size), encoding: .utf8), let builder else { return 0 }
    if let agenda = AgendaReader.read(fixedAgenda, file: "agenda.yaml").agenda {
        let source = PackBuilder.Source(text: text, file: "report.yaml")
        _ = builder.build(agenda, sources: [1: source, 3: source])
    }
    if let agenda = AgendaReader.read(text, file: "agenda.yaml").agenda {
        let source = PackBuilder.Source(text: fixedAgenda, file: "report.yaml")
        var sources: [Int: PackBuilder.Source] = [:]
        for (index, item) in agenda.items.enumerated() {
            if case .report = item { sources[index] = source }
        }
        _ = builder.build(agenda, sources: sources)
    }
    return 0
}
