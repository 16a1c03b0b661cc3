import TabledModel
import TabledPresent

/// What may be published and what is confidential, decided here once for every output: a
/// paper and its appendices, a meeting's pack, a decision notice, the forward plan. Every
/// command and writer prints the view this gives and nothing else, and every file holding
/// exempt content is named `confidential` (a contract); no other file is.
public enum PublicView {
    /// One file a paper is written as, and who may read it.
    public struct PaperFile: Sendable {
        /// The name before its extension, before the audience marks it (`report`, `report-appendix-b`).
        public var stem: String
        public var paper: RenderedPaper
        public var audience: Audience
    }

    /// Who may read a report: a report with an exempt notice is confidential as a whole.
    public static func audience(of report: Report) -> Audience {
        report.exempt == nil ? .everyone : .confidential
    }

    /// The files a paper is written as: the paper itself (confidential if the report is
    /// exempt) and, for a public report, each exempt appendix as a confidential file of its own.
    public static func files(of paper: RenderedPaper, stem: String) -> [PaperFile] {
        [PaperFile(stem: stem, paper: paper, audience: audience(of: paper.report))]
            + paper.appendices.compactMap { appendix in
                appendix.paper.map { PaperFile(stem: stem + "-" + appendix.anchor, paper: $0, audience: .confidential) }
            }
    }

    /// A file's name as `render` and `check` write it: a confidential one says so at its end.
    public static func fileName(_ stem: String, for audience: Audience) -> String {
        audience == .confidential ? stem + "-confidential" : stem
    }

    /// A file's path in a meeting's folder: public items under `items/`, every confidential
    /// file under `confidential/`.
    public static func packPath(_ stem: String, for audience: Audience) -> String {
        (audience == .confidential ? "confidential/" : "items/") + stem
    }

    /// A paper's page: its own blocks, then each appendix in full, except that a public report
    /// carries an exempt appendix as its number, title and exempt notice only. (In an exempt
    /// report nothing is public, so its exempt appendices are printed in full.)
    static func page(_ blocks: [Block], appendices: [RenderedAppendix], of report: Report) -> [Block] {
        let inFull = audience(of: report) == .confidential
        return blocks + appendices.map { inFull ? $0.fullBlock : publicBlock($0) }
    }

    /// A paper's blocks as `audience` may read them: for those entitled, its exempt appendices in full.
    public static func blocks(of paper: RenderedPaper, for audience: Audience) -> [Block] {
        guard audience == .confidential else { return paper.blocks }
        return paper.body + paper.appendices.map(\.fullBlock)
    }

    /// An item of a meeting's pack as `audience` may read it: the paper, or, in the public
    /// pack, an exempt report's number, title and notice and not one byte more.
    public static func packItem(_ paper: RenderedPaper, number: Int, for audience: Audience) -> [Block] {
        guard let exempt = paper.report.exempt, audience == .everyone else { return blocks(of: paper, for: audience) }
        return exemptItem(number: number, title: paper.report.title.value, notice: exempt)
    }

    /// An exempt item where the public sees it: its number and title as a heading, and its notice.
    public static func exemptItem(number: Int, title: String, notice: ExemptNotice) -> [Block] {
        [.division(role: .exemptItem, [.heading(level: 1, [.text("\(number). \(title)")]),
                                         .paragraph([.text(TemplateRenderer.exemptNotice(notice))])])]
    }

    /// An appendix as a public report carries it: in full, or if exempt its number, title and notice only.
    static func publicBlock(_ appendix: RenderedAppendix) -> Block {
        guard let exempt = appendix.exempt else { return appendix.fullBlock }
        return .division(role: .exemptAppendix, [
            .paragraph([.strong([.text(appendix.number)])]),
            .heading(level: 2, [.text(appendix.title)], anchor: appendix.anchor),
            .paragraph([.text(TemplateRenderer.exemptNotice(exempt))]),
        ])
    }

    /// Whether an item was taken in private, so that a public notice or the public minutes say
    /// of it only what may be published (its decision in general terms, its public summary):
    /// an exempt report, or an item in Part II without a report of its own.
    public static func isTakenInPrivate(item index: Int, of agenda: Agenda, report: Report?) -> Bool {
        report.map { audience(of: $0) == .confidential } ?? agenda.isInPartTwo(index)
    }

    /// What a public notice says of an item taken in private: the report's exempt notice, or
    /// that the press and public were excluded.
    public static func privateItemNotice(_ report: Report?) -> String {
        report?.exempt.map(TemplateRenderer.exemptNotice) ?? "This item was taken in private, the press and public excluded (Part II)."
    }
}

extension PublicView {
    /// A meeting as open data: every item's number and title; a public report's files, author
    /// and key decision; an exempt report's notice and nothing more.
    /// `paths` are each public report's files in the meeting's folder, by item index.
    public static func openMeeting(_ agenda: Agenda, papers: [Int: RenderedPaper], paths: [Int: [String]], folder: String,
                                   style: HouseStyle, supplements: [Int] = []) -> OpenMeeting {
        var items = agenda.items.enumerated().map { index, item -> OpenMeeting.Item in
            let part = agenda.isInPartTwo(index) ? 2 : 1
            switch item {
            case .standard(let standard, _):
                return .init(number: index + 1, title: TemplateRenderer.standardTitle(standard, style: style), part: part, kind: "standard",
                             documents: [])
            case .free(let title, _):
                return .init(number: index + 1, title: title.value, part: part, kind: "item", documents: [])
            case .report(let path):
                guard let report = papers[index]?.report else {
                    return .init(number: index + 1, title: path.value, part: part, kind: "report", documents: [])
                }
                if audience(of: report) == .confidential {
                    return .init(number: index + 1, title: report.title.value, part: part, kind: "report",
                                 exemptNotice: report.exempt.map(TemplateRenderer.exemptNotice), documents: [])
                }
                var keyDecision: String?
                if case .yes(let plan) = report.keyDecision { keyDecision = plan.value }
                return .init(number: index + 1, title: report.title.value, part: part, kind: "report", from: report.from?.value,
                             keyDecision: keyDecision, documents: paths[index] ?? [])
            }
        }
        for (index, supplement) in agenda.supplements where items.indices.contains(index) { items[index].supplement = supplement.number.value }
        let documents = [("Agenda", "agenda.html"), ("Agenda pack", "public-pack.html")] + supplements.flatMap { number in
            [("Supplementary agenda \(number)", "supplement-\(number)/agenda.html"),
             ("Supplementary agenda \(number) pack", "supplement-\(number)/public-pack.html")]
        }
        var meeting = OpenMeeting(folder: folder, council: style.council, body: agenda.meeting.body.value, date: agenda.meeting.date.value,
                                  time: agenda.meeting.time.flatMap { OpenMeeting.time($0.value) }, venue: agenda.meeting.venue?.value,
                                  published: agenda.published?.value, documents: documents, items: items, baseURL: style.baseURL)
        meeting.supplements = supplements
        return meeting
    }
}
