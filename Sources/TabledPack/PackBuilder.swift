import Foundation
import Tabled
import TabledLayout
import TabledModel
import TabledPresent
import TabledWord
import TabledWriter

/// Builds a meeting's front sheet, its reports and its public and confidential packs.
///
/// Exempt reports are kept out of every public file: the public pack and front sheet
/// carry only a Part II item's number, title and exempt notice, and every file holding
/// exempt content has `confidential` in its path (a contract); no other file does.
public struct PackBuilder: Sendable {
    /// What building a meeting's pack came to.
    public struct Outcome: Sendable {
        /// The agenda and its reports as read, for what is said about them.
        public var loaded: AgendaFiles
        /// The pack, when the agenda could be read; its files are empty if anything is wrong.
        public var pack: MeetingPack?
        public var diagnostics: [Diagnostic]
    }

    public let renderer: PaperRenderer

    public init(renderer: PaperRenderer) {
        self.renderer = renderer
    }

    /// Reads the agenda at `path` and every report and appendix file it names from `files`,
    /// runs each report through `PaperRenderer.process` in its place, and builds the pack.
    public func build(agendaAt path: String, from files: some FileSource, word: Bool = false) -> Outcome {
        let loaded = AgendaFiles.load(path, from: files)
        guard let agenda = loaded.agenda else { return Outcome(loaded: loaded, pack: nil, diagnostics: loaded.diagnostics) }
        var papers: [Int: ProcessedPaper] = [:]
        for (index, report) in loaded.reports {
            papers[index] = renderer.process(report.file, text: report.text, from: files, goal: .render,
                                             agendaItem: Self.placement(in: agenda, item: index))
        }
        let pack = build(agenda, papers: papers, earlier: loaded.diagnostics, word: word)
        return Outcome(loaded: loaded, pack: pack, diagnostics: pack.diagnostics)
    }

    /// Every file for the meeting, or no files and the reasons, from its reports as processed.
    /// With `word`, each report and each pack is also written as a Word document.
    func build(_ agenda: Agenda, papers processed: [Int: ProcessedPaper], earlier: [Diagnostic], word: Bool) -> MeetingPack {
        var diagnostics = earlier + checkAgenda(agenda)
        let style = renderer.style

        // Every report is rendered first: nothing is written unless all of them pass.
        var papers: [Int: RenderedPaper] = [:]
        for (index, item) in agenda.items.enumerated() {
            guard case .report(let written) = item, let outcome = processed[index] else { continue }
            diagnostics += outcome.diagnostics
            guard let paper = outcome.paper else { continue }
            let partTwo = agenda.isInPartTwo(index)
            if partTwo && paper.report.exempt == nil {
                diagnostics.append(Diagnostic(.notExemptInPartTwo(written.value), at: written.location, notes: [.init(.notExemptInPartTwoHelp)]))
            } else if !partTwo && paper.report.exempt != nil {
                diagnostics.append(Diagnostic(.exemptInPartOne(written.value), at: written.location, notes: [.init(.exemptInPartOneHelp)]))
            }
            papers[index] = paper
        }

        let folder = PackBuilder.slug("\(agenda.meeting.body.value) \(agenda.meeting.date.value)")
        let meetingName = "\(agenda.meeting.body.value), \(agenda.meeting.date.value.longForm)"
        guard !diagnostics.hasErrors else {
            return MeetingPack(folder: folder, files: [], diagnostics: diagnostics.sortedByLocation(), meeting: meetingName, items: agenda.items.count)
        }

        var files: [MeetingPack.File] = []
        var names: [Int: String] = [:]
        var publicPaths: [Int: [String]] = [:]
        // A supplement is published whole: not while one of its reports is still to come.
        let waiting = Set(agenda.supplements.filter { papers[$0.key] == nil }.map(\.value.number.value))
        for (index, paper) in papers.sorted(by: { $0.key < $1.key }) {
            if let supplement = agenda.supplements[index], waiting.contains(supplement.number.value) { continue }
            // A report that follows in a supplementary agenda is written in that supplement's folder.
            let prefix = agenda.supplements[index].map { "supplement-\($0.number.value)/" } ?? ""
            let name = String(format: "%02d-", index + 1) + PackBuilder.slug(paper.report.title.value)
            names[index] = PublicView.packPath(name, for: PublicView.audience(of: paper.report))
            for file in PublicView.files(of: paper, stem: name) {
                let path = prefix + PublicView.packPath(file.stem, for: file.audience), paper = file.paper
                var written = [path + ".html", path + ".txt"]
                files.append(.init(path: path + ".html", text: paper.html))
                files.append(.init(path: path + ".txt", text: paper.text))
                if word, let document = try? renderer.docx(paper) {
                    files.append(.init(path: path + ".docx", contents: document))
                    written.append(path + ".docx")
                }
                if file.audience == .everyone { publicPaths[index, default: []] += written }
            }
        }
        let published = Set(agenda.supplements.values.map(\.number.value)).subtracting(waiting).sorted()
        let open = PublicView.openMeeting(agenda, papers: papers, paths: publicPaths, folder: folder, style: style, supplements: published)
        files.append(.init(path: "meeting.ics", text: MeetingCalendar.calendar([open])))
        files.append(.init(path: "meeting.json", text: MeetingJSON.json(open)))

        // The agenda, its reports to follow listed as such; then each supplementary agenda, with
        // its reports only, numbered as the agenda numbers them, and why each is late.
        var notes: [Int: String] = [:]
        for (index, supplement) in agenda.supplements { notes[index] = "To follow in supplementary agenda \(supplement.number.value)." }
        let main = papers.filter { agenda.supplements[$0.key] == nil }
        files += publication(agenda, papers: main, titles: papers, items: nil, notes: notes, names: names, title: "Agenda",
                             meetingName: meetingName, word: word)
        for number in Set(agenda.supplements.values.map(\.number.value)).sorted() {
            let items = Set(agenda.supplements.filter { $0.value.number.value == number }.keys)
            guard !waiting.contains(number) else { continue }
            let late = agenda.supplements.compactMapValues { supplement in supplement.reason.map { "Reason for lateness: " + $0.value } }
            files += publication(agenda, papers: papers.filter { items.contains($0.key) }, titles: papers, items: items, notes: late,
                                 names: names, title: "Supplementary agenda \(number)", meetingName: meetingName, word: word)
                .map { MeetingPack.File(path: "supplement-\(number)/" + $0.path, contents: $0.contents) }
        }
        return MeetingPack(folder: folder, files: files, diagnostics: diagnostics.sortedByLocation(), meeting: meetingName,
                           items: agenda.items.count, open: open)
    }

    /// One publication of the agenda: its front sheet, public pack and, if any item in it is
    /// exempt, its confidential pack; the agenda itself (`items` nil), or a supplementary agenda
    /// of the `items` given. Paths are inside the publication's own folder.
    private func publication(_ agenda: Agenda, papers: [Int: RenderedPaper], titles: [Int: RenderedPaper], items: Set<Int>?,
                             notes: [Int: String], names: [Int: String], title: String, meetingName: String, word: Bool) -> [MeetingPack.File] {
        let style = renderer.style
        var files: [MeetingPack.File] = []
        // The front sheet links to public item files only.
        let frontSheet = entries(agenda, papers: titles, items: items, notes: notes) { index in
            papers[index] == nil ? nil : names[index].flatMap { $0.hasPrefix("items/") ? $0 + ".html" : nil }
        }
        let frontLayout = PaperLayout.layout(renderer.renderer.presentAgenda(agenda, entries: frontSheet, style: style, title: title)).blocks
        let stylesheet = renderer.renderer.templates.stylesheet + PageStyle.css(header: [style.council, meetingName].compactMap { $0 }, style: style)
        files.append(.init(path: "agenda.html",
                           text: HTMLWriter().page(.init(title: "\(title): \(meetingName)", stylesheet: stylesheet,
                                                         author: style.council ?? agenda.meeting.body.value), body: frontLayout)))
        files.append(.init(path: "agenda.txt", text: PlainTextWriter().document(frontLayout)))

        // Packs: the front sheet with in-page links, then each item.
        let packSheet = entries(agenda, papers: titles, items: items, notes: notes) { index in papers[index] == nil ? nil : "#report-\(index + 1)" }
        let packLayout = PaperLayout.layout(renderer.renderer.presentAgenda(agenda, entries: packSheet, style: style, title: title)).blocks
        let packTitle = items == nil ? "Agenda pack" : "\(title) pack"
        files.append(.init(path: "public-pack.html",
                           text: pack(title: "\(packTitle): \(meetingName)", stylesheet: stylesheet, front: packLayout,
                                      agenda: agenda, papers: papers, for: .everyone)))
        let hasExempt = papers.values.contains { $0.holdsExemptContent }
        // Every paragraph of Schedule 12A the pack's exempt items and appendices rely on, in its running header.
        let paragraphs = Set(papers.values.flatMap { paper in
            ([paper.report.exempt] + paper.appendices.map(\.exempt)).compactMap { $0 }.flatMap { $0.paragraphs.map(\.value) }
        }).sorted()
        let exemptions = ExemptNotice(paragraphs: paragraphs.map { Located($0, at: .start(of: agenda.file)) }, reason: nil,
                                      location: .start(of: agenda.file))
        let confidentialHeader = [PageStyle.notForPublication(exemptions), style.council, meetingName].compactMap { $0 }
        if hasExempt {
            let confidentialStylesheet = renderer.renderer.templates.stylesheet + PageStyle.css(header: confidentialHeader, style: style)
            files.append(.init(path: "confidential/confidential-pack.html",
                               text: pack(title: "Confidential \(packTitle.lowercased()): \(meetingName)", stylesheet: confidentialStylesheet,
                                          front: packLayout, agenda: agenda, papers: papers, for: .confidential)))
        }
        if word {
            let header = [style.council, meetingName].compactMap { $0 }
            for audience in hasExempt ? [Audience.everyone, .confidential] : [.everyone] {
                let confidential = audience == .confidential
                let wordTitle = (confidential ? "Confidential \(packTitle.lowercased()): " : "\(packTitle): ") + meetingName
                let cover = confidential ? [] : [WordWriter.Part(blocks: cover(agenda))]
                let parts = cover + [WordWriter.Part(blocks: packLayout, startsOnNewPage: !confidential, pageNumbers: true)] + papers.sorted(by: { $0.key < $1.key }).map { index, paper in
                    WordWriter.Part(blocks: PublicView.packItem(paper, number: index + 1, for: audience),
                                    anchorPrefix: "report-\(index + 1)-", anchor: "report-\(index + 1)", startsOnNewPage: true)
                }
                let properties = renderer.wordProperties(nil, title: wordTitle, header: confidential ? confidentialHeader : header,
                                                         exempt: confidential)
                if let document = try? renderer.word.document(parts: parts, properties: properties) {
                    files.append(.init(path: confidential ? "confidential/confidential-pack.docx" : "public-pack.docx", contents: document))
                }
            }
        }
        return files
    }

    /// Where the agenda's item at `index` stands: its meeting, and its number counted from 1.
    public static func placement(in agenda: Agenda, item index: Int) -> AgendaPlacement {
        AgendaPlacement(body: agenda.meeting.body, date: agenda.meeting.date, item: "\(index + 1)")
    }

    /// Problems with the agenda as a whole: a second exclusion, short notice.
    private func checkAgenda(_ agenda: Agenda) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let exclusions = agenda.items.filter { if case .standard(.exclusion, _) = $0 { return true } else { return false } }
        for extra in exclusions.dropFirst() {
            diagnostics.append(Diagnostic(.exclusionTwice, at: extra.location))
        }
        // Part II is for exempt reports: an item written out in the agenda itself has no
        // exempt notice to print in its place, so its words would reach the public pack.
        if let exclusion = agenda.exclusionIndex {
            for item in agenda.items.dropFirst(exclusion + 1) {
                guard case .free(let title, let text?) = item else { continue }
                diagnostics.append(Diagnostic(.textInPartTwo(title.value), at: text.location, notes: [.init(.textInPartTwoHelp)]))
            }
        }
        if let published = agenda.published, !WorkingDays.agendaIsInTime(published: published.value, meeting: agenda.meeting.date.value) {
            diagnostics.append(Diagnostic(.shortNotice(published: published.value.longForm, meeting: agenda.meeting.date.value.longForm,
                                                       clearDays: WorkingDays.clearDays(from: published.value, to: agenda.meeting.date.value)),
                                          at: published.location, notes: [.init(.theMeeting, at: agenda.meeting.date.location)]))
        }
        return diagnostics
    }

    /// The front sheet's entries: every item, or only `items`; each report by its title, with its note.
    private func entries(_ agenda: Agenda, papers: [Int: RenderedPaper], items: Set<Int>? = nil, notes: [Int: String] = [:],
                         link: (Int) -> String?) -> [AgendaEntry] {
        return agenda.items.enumerated().compactMap { index, item in
            guard items?.contains(index) ?? true else { return nil }
            let partTwo = agenda.isInPartTwo(index)
            let content: AgendaEntry.Content
            switch item {
            case .standard(let standard, _): content = .standard(standard)
            case .free(let title, let text): content = .free(title: title, text: text)
            case .report(let path):
                let report = papers[index]?.report
                content = .report(title: report?.title.value ?? path.value, from: report?.from?.value, exempt: report?.exempt,
                                  link: link(index))
            }
            return AgendaEntry(number: index + 1, content: content, partTwo: partTwo, note: notes[index])
        }
    }

    /// The public pack's cover, as committee systems print it: "Public Document Pack" and the meeting.
    /// The council's logo and name, the body, the day, time and venue, and whom to contact.
    private func cover(_ agenda: Agenda) -> [Block] {
        let style = renderer.style, meeting = agenda.meeting
        var blocks: [Block] = []
        if let logo = style.logo, LinkPolicy.isAllowed(logo) {
            blocks.append(.paragraph([.image(source: logo, title: "", alt: [.text(style.council.map { $0 + " logo" } ?? "Logo")])]))
        }
        blocks.append(.paragraph([.strong([.text("Public Document Pack")])]))
        if let council = style.council { blocks.append(.paragraph([.text(council)])) }
        blocks.append(.paragraph([.strong([.text(meeting.body.value)])]))
        var when = "\(meeting.date.value.weekday) \(meeting.date.value.longForm)"
        if let time = meeting.time?.value { when += ", " + time }
        blocks.append(.paragraph([.text(when)] + (meeting.venue.map { [.lineBreak, .text($0.value)] } ?? [])))
        if let contact = agenda.contact {
            var words: [Inline] = [.strong([.text("Contact:")]), .text(" " + contact.name.value + (contact.role.map { ", " + $0.value } ?? ""))]
            if let phone = contact.phone?.value { words += [.lineBreak, .text("Tel. " + phone)] }
            if let email = contact.email?.value { words += [.lineBreak, .link(destination: "mailto:" + email, title: "", [.text(email)])] }
            blocks.append(.paragraph(words))
        }
        return [.division(role: .packCover, blocks)]
    }

    /// One HTML document: a skip link, the front sheet, then each item as `audience` may read it.
    private func pack(title: String, stylesheet: String, front: [Block], agenda: Agenda,
                      papers: [Int: RenderedPaper], for audience: Audience) -> String {
        let cover = audience == .everyone ? cover(agenda) : []
        let items = papers.sorted(by: { $0.key < $1.key }).map { index, paper in
            (anchor: "report-\(index + 1)", label: "Item \(index + 1)", blocks: PublicView.packItem(paper, number: index + 1, for: audience))
        }
        return HTMLWriter().pack(.init(title: title, stylesheet: stylesheet, author: renderer.style.council ?? agenda.meeting.body.value),
                                 cover: cover, front: front, items: items)
    }

    /// Print-only CSS for packs: the contents gives each report's page number. WeasyPrint
    /// understands `target-counter`; browsers and the Nu checker do not, so it is kept out of the HTML.
    /// Its bookmarks put the front sheet and each item at the top level, each report's own
    /// headings under it, rather than every report under the front sheet's "Agenda".
    public static let printStylesheet = """
        .pack-front a[href^="#report-"]::after { content: " (page " target-counter(attr(href), page) ")"; font-weight: normal; }
        .pack-front h1, .pack-item h2 { bookmark-level: 1; }
        .pack-front h2, .pack-item h3 { bookmark-level: 2; }
        .pack-front h3, .pack-item h4 { bookmark-level: 3; }
        .pack-front h4, .pack-front h5, .pack-front h6, .pack-item h5, .pack-item h6 { bookmark-level: 4; }
        """

    /// `Cabinet 2006-03-21` → `cabinet-2006-03-21`: letters, digits and single hyphens only,
    /// so no title or id can steer a path, and never the word "confidential".
    public static func slug(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar)) {
                out.unicodeScalars.append(scalar)
            } else if !out.hasSuffix("-") && !out.isEmpty {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        // Only files with exempt content may have "confidential" in their path (a contract):
        // a public title such as "Confidential Reporting Policy" must not lend it the word.
        out = out.replacingOccurrences(of: "confidential", with: "conf")
        guard out.count > 48 else { return out.isEmpty ? "item" : out }
        // Cut long titles at a word, not in the middle of one.
        let cut = String(out.prefix(49))
        if let hyphen = cut.lastIndex(of: "-") { return String(cut[..<hyphen]) }
        return String(out.prefix(48))
    }
}
