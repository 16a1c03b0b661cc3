import Tabled
import TabledModel
import TabledReader

extension DecisionNoticeBuilder {
    /// The decision notice a record makes, with everything found on the way: the record, its
    /// agenda and the agenda's reports read from `files` and checked; nothing written.
    /// `decisions` and `check` both run it.
    public static func build(recordAt file: String, text: String, from files: some FileSource, style: HouseStyle) -> Result {
        let read = DecisionsReader.read(text, file: file)
        guard let record = read.record else { return Result(notice: nil, diagnostics: read.diagnostics) }
        let named = AgendaFiles.named(by: record.agenda, in: file, from: files)
        guard let agenda = named.agenda else { return Result(notice: nil, diagnostics: read.diagnostics + named.diagnostics) }
        let reports = named.reports
        let built = build(record, agenda: agenda, reports: reports, style: style)
        return Result(notice: built.notice, diagnostics: (read.diagnostics + named.diagnostics + built.diagnostics).sortedByLocation())
    }
}
