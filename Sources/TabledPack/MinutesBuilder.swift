import Tabled
import TabledLayout
import TabledModel
import TabledPresent
import TabledReader

/// Builds a meeting's minutes from the clerk's minutes file, its agenda and the reports:
/// who was present, apologies, declarations of interest, then each item with its minute
/// number, what was resolved (or resolved as amended) and the vote. An item taken in private
/// shows only its public summary in the public minutes; its minute goes to the confidential ones.
public enum MinutesBuilder {
    public struct Result: Sendable {
        public var minutes: Minutes?
        public var diagnostics: [Diagnostic]
    }

    /// Reads the minutes file and its agenda's files, checks them, and lays the minutes out.
    public static func build(recordAt file: String, text: String, from files: some FileSource, style: HouseStyle) -> Result {
        let read = MinutesReader.read(text, file: file)
        guard let record = read.record else { return Result(minutes: nil, diagnostics: read.diagnostics) }
        let named = AgendaFiles.named(by: record.agenda, in: file, from: files)
        guard let agenda = named.agenda else { return Result(minutes: nil, diagnostics: read.diagnostics + named.diagnostics) }
        let reports = named.reports
        let built = build(record, agenda: agenda, reports: reports, style: style)
        return Result(minutes: built.minutes, diagnostics: (read.diagnostics + named.diagnostics + built.diagnostics).sortedByLocation())
    }

    public static func build(_ record: MinutesRecord, agenda: Agenda, reports: [Int: Report], style: HouseStyle) -> Result {
        let named = agenda.named(record.items, by: \.item, unknown: DiagnosticKind.unknownMinuteItem, twice: DiagnosticKind.minutedTwice)
        var diagnostics = named.diagnostics + check(named.entries, of: record, agenda: agenda, reports: reports)
        // Minutes are numbered in agenda order, whatever order the file gives them in.
        let items = named.entries.sorted { $0.item.value < $1.item.value }
        let numbers = MinutesRecord.numbers(from: record.firstMinute?.value ?? "1", count: items.count)
            ?? items.indices.map { "\($0 + 1)" }
        let meeting = agenda.meeting.date.value
        let meetingName = "\(agenda.meeting.body.value), \(meeting.longForm)"
        let inPrivate = items.map { item in
            PublicView.isTakenInPrivate(item: item.item.value - 1, of: agenda, report: reports[item.item.value - 1])
        }
        func blocks(for audience: Audience) -> [Block] {
            var placed = NoticeBlocks()
            placed.add(.block(.division(role: .masthead, [.paragraph(
                (style.council.map { [Inline.text($0), .lineBreak] } ?? []) + [.strong([.text(agenda.meeting.body.value)]), .lineBreak,
                                                                             .text("\(meeting.weekday) \(meeting.longForm)")])])))
            placed.add(.block(.heading(level: 1, [.text(audience == .confidential ? "Minutes (confidential)" : "Minutes")])))
            var held = "Minutes of the meeting of \(agenda.meeting.body.value) held on \(meeting.weekday) \(meeting.longForm)"
            if let time = agenda.meeting.time?.value { held += " at \(time)" }
            if let venue = agenda.meeting.venue?.value { held += ", \(venue)" }
            placed.add(.block(.paragraph([.text(held + ".")])))
            attendance(record, into: &placed)
            for (index, item) in items.enumerated() {
                let number = item.item.value
                let report = reports[number - 1]
                let title = DecisionNoticeBuilder.title(of: agenda.items[number - 1], report: report, style: style)
                placed.add(.block(.heading(level: 2, [.text("\(numbers[index]) \(title)")], anchor: "minute-\(number)")))
                if inPrivate[index] && audience == .everyone {
                    // Public: the notice and the summary, and not one word of the minute or resolution.
                    placed.add(.block(.paragraph([.text(PublicView.privateItemNotice(report))])))
                    if let summary = item.publicSummary { placed.add(.prose, markdown: summary.value, location: summary.location) }
                    continue
                }
                if let minute = item.minute { placed.add(.prose, markdown: minute.value, location: minute.location) }
                if let exempt = item.exemptMinute { placed.add(.prose, markdown: exempt.value, location: exempt.location) }
                resolution(item, into: &placed)
            }
            let layout = PaperLayout.layout(placed.presented)
            if audience == .everyone { diagnostics += layout.diagnostics }
            return layout.blocks
        }
        let publicBlocks = blocks(for: .everyone)
        let hasPrivate = zip(items, inPrivate).contains { item, isPrivate in
            isPrivate && (item.minute != nil || item.exemptMinute != nil || !item.resolved.isEmpty || item.vote != nil)
        }
        let confidentialBlocks = hasPrivate ? blocks(for: .confidential) : nil
        guard !diagnostics.hasErrors else { return Result(minutes: nil, diagnostics: diagnostics.sortedByLocation()) }
        let header = [style.council, meetingName, "Minutes"].compactMap { $0 }
        let paragraphs = Set(items.compactMap { reports[$0.item.value - 1]?.exempt }.flatMap { $0.paragraphs.map(\.value) }).sorted()
        let notice = paragraphs.isEmpty ? "NOT FOR PUBLICATION"
            : PageStyle.notForPublication(ExemptNotice(paragraphs: paragraphs.map { Located($0, at: .start(of: record.file)) }, reason: nil,
                                                       location: .start(of: record.file)))
        let minutes = Minutes(name: PackBuilder.slug("\(agenda.meeting.body.value) \(meeting)") + "-minutes",
                              title: "Minutes: \(meetingName)", header: header, confidentialHeader: [notice] + header,
                              publicBlocks: publicBlocks, confidentialBlocks: confidentialBlocks)
        return Result(minutes: minutes, diagnostics: diagnostics.sortedByLocation())
    }

    /// Present (members, substitutes, officers), apologies, declarations of interest.
    private static func attendance(_ record: MinutesRecord, into placed: inout NoticeBlocks) {
        func names(_ people: [MinutesRecord.Attendee]) -> String {
            people.map { person in
                person.name.value + (person.role.map { " (\($0.value))" } ?? "") + (person.standingInFor.map { " (for \($0.value))" } ?? "")
            }.joined(separator: ", ")
        }
        placed.add(.block(.heading(level: 2, [.text("Present")], anchor: "present")))
        var present: [[Block]] = [[.paragraph([.strong([.text("Members:")]), .text(" " + names(record.present))])]]
        if !record.substitutes.isEmpty { present.append([.paragraph([.strong([.text("Substitutes:")]), .text(" " + names(record.substitutes))])]) }
        if !record.officers.isEmpty { present.append([.paragraph([.strong([.text("Officers:")]), .text(" " + names(record.officers))])]) }
        placed.add(.block(.list(BlockList(ordered: false, start: 1, tight: true, items: present))))
        placed.add(.block(.heading(level: 2, [.text("Apologies for absence")], anchor: "apologies")))
        placed.add(.block(.paragraph([.text(record.apologies.isEmpty ? "None." : record.apologies.map(\.value).joined(separator: ", ") + ".")])))
        placed.add(.block(.heading(level: 2, [.text("Declarations of interest")], anchor: "declarations")))
        if record.declarations.isEmpty {
            placed.add(.block(.paragraph([.text("None.")])))
        } else {
            placed.add(.block(.list(BlockList(ordered: false, start: 1, tight: true, items: record.declarations.map { declaration in
                var words = "\(declaration.member.value): \(declaration.kind.value.words) in item \(declaration.item.value)"
                if let detail = declaration.detail?.value { words += " (\(detail))" }
                if declaration.kind.value.barsVoting { words += "; left the meeting for that item and took no part" }
                return [.paragraph([.text(words + ".")])]
            }))))
        }
    }

    /// "RESOLVED:" (or "RESOLVED (as amended):"), each resolution, then the vote.
    private static func resolution(_ item: MinutesRecord.Item, into placed: inout NoticeBlocks) {
        guard !item.resolved.isEmpty else { return }
        placed.add(.block(.paragraph([.strong([.text(item.amended ? "RESOLVED (as amended):" : "RESOLVED:")])])))
        for (index, resolved) in item.resolved.enumerated() {
            placed.add(.numbered(number: "(\(Character(UnicodeScalar(UInt8(97 + index % 26)))))", anchor: nil),
                       markdown: resolved.value, location: resolved.location)
        }
        switch item.vote {
        case nil: break
        case .unanimous: placed.add(.block(.paragraph([.text("Carried unanimously.")])))
        case .counted(let votesFor, let against, let abstentions, _):
            placed.add(.block(.paragraph([.text("Carried: \(votesFor.value) for, \(against.value) against, \(abstentions.value) "
                                                + "abstention\(abstentions.value == 1 ? "" : "s").")])))
        case .recorded(let votesFor, let against, let abstained, _):
            func list(_ names: [Located<String>]) -> String { names.isEmpty ? "none" : names.map(\.value).joined(separator: ", ") }
            placed.add(.block(.paragraph([.strong([.text("Recorded vote.")]), .text(" For: \(list(votesFor)). Against: \(list(against)). "
                                                                                          + "Abstained: \(list(abstained)).")])))
        }
    }

    /// What is wrong with the minutes of the agenda's `items` (each named once): a decision item
    /// without a resolution, a private item without a public summary, no quorum, a member voting
    /// on an item they declared a barring interest in, votes that do not add up.
    static func check(_ items: [MinutesRecord.Item], of record: MinutesRecord, agenda: Agenda, reports: [Int: Report]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for item in items {
            let number = item.item.value
            let report = reports[number - 1]
            if PublicView.isTakenInPrivate(item: number - 1, of: agenda, report: report) && item.publicSummary == nil {
                diagnostics.append(Diagnostic(.privateNeedsSummary(number), at: item.location))
            }
            if isForDecision(report), item.resolved.isEmpty {
                diagnostics.append(Diagnostic(.resolutionMissing(number, title: report?.title.value ?? ""), at: item.location))
            }
            diagnostics += checkVote(item, record: record)
        }
        // An item for decision that is not minuted at all has no resolution either.
        let minuted = Set(items.map(\.item.value))
        for (index, item) in agenda.items.enumerated() where !minuted.contains(index + 1) {
            guard case .report = item, let report = reports[index], isForDecision(report) else { continue }
            diagnostics.append(Diagnostic(.resolutionMissing(index + 1, title: report.title.value), at: record.agenda.location))
        }
        if let quorum = agenda.quorum, record.voters.count < quorum.value {
            diagnostics.append(Diagnostic(.notQuorate(present: record.voters.count, quorum: quorum.value), at: record.presentLocation,
                                          notes: [.init(.agendaMeetingHere, at: quorum.location)]))
        }
        return diagnostics
    }

    /// A report is for decision when it says so, or says nothing and makes recommendations.
    private static func isForDecision(_ report: Report?) -> Bool {
        guard let report else { return false }
        if let purpose = report.purpose?.value { return purpose == .decision }
        return report.recommendations != nil
    }

    private static func checkVote(_ item: MinutesRecord.Item, record: MinutesRecord) -> [Diagnostic] {
        guard let vote = item.vote else { return [] }
        let number = item.item.value
        let barred = record.declarations.filter { $0.item.value == number && $0.kind.value.barsVoting }
        var diagnostics: [Diagnostic] = []
        let voters = Set(record.voters.map { $0.value.lowercased() }).subtracting(barred.map { $0.member.value.lowercased() }).count
        switch vote {
        case .unanimous: break
        case .counted(let votesFor, let against, let abstentions, let location):
            let votes = votesFor.value + against.value + abstentions.value
            if votes != voters { diagnostics.append(Diagnostic(.votesDoNotAddUp(item: number, votes: votes, voters: voters), at: location)) }
        case .recorded(let votesFor, let against, let abstained, let location):
            let present = Set(record.voters.map { $0.value.lowercased() })
            for voter in votesFor + against + abstained where !present.contains(voter.value.lowercased()) {
                diagnostics.append(Diagnostic(.voterNotPresent(member: voter.value, item: number), at: voter.location))
            }
            for declaration in barred {
                if let voted = (votesFor + against).first(where: { $0.value.lowercased() == declaration.member.value.lowercased() }) {
                    diagnostics.append(Diagnostic(.votedWithInterest(member: voted.value, item: number, interest: declaration.kind.value.words),
                                                  at: voted.location, notes: [.init(.firstHere, at: declaration.location)]))
                }
            }
            let votes = votesFor.count + against.count + abstained.count
            if votes != voters { diagnostics.append(Diagnostic(.votesDoNotAddUp(item: number, votes: votes, voters: voters), at: location)) }
        }
        return diagnostics
    }
}
