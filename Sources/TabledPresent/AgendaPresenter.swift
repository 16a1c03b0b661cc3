import TabledCheck
import TabledModel

/// Turns an agenda and what is known of its items into the front sheet's view.
struct AgendaPresenter {
    let agenda: Agenda
    let entries: [AgendaEntry]
    let style: HouseStyle
    var title = "Agenda"

    /// The standard wording of each standard item: its title and what the meeting does.
    static func wording(_ item: AgendaItem.Standard, exemptParagraphs: [Int]) -> (title: String, text: String) {
        switch item {
        case .apologies:
            return ("Apologies for Absence", "To receive any apologies for absence.")
        case .declarations:
            return ("Declarations of Interest", "Members are asked to declare any interest they have in an item on this agenda.")
        case .minutes:
            return ("Minutes", "To approve the minutes of the previous meeting.")
        case .publicQuestions:
            return ("Public Questions", "To receive questions from members of the public.")
        case .urgentBusiness:
            return ("Urgent Business", "To consider any business the chair decides is urgent.")
        case .exclusion:
            let paragraphs = Array(Set(exemptParagraphs)).sorted().map(String.init)
            let which = paragraphs.isEmpty ? "" : " as defined in paragraph\(paragraphs.count == 1 ? "" : "s") \(NumberingPlan.list(paragraphs)) of Part 1 of"
            return ("Exclusion of the Press and Public",
                    "To resolve that the press and public be excluded from the meeting for the following item\(paragraphs.count == 1 ? "" : "s") "
                    + "of business, on the grounds that \(paragraphs.count == 1 ? "it involves" : "they involve") the likely disclosure of "
                    + "exempt information\(which.isEmpty ? " under" : which) Schedule 12A to the Local Government Act 1972.")
        }
    }

    /// The exempt notice as it is printed, in public and confidential files alike.
    static func notice(_ exempt: ExemptNotice) -> String {
        let paragraphs = exempt.paragraphs.map { String($0.value) }
        var text = "Not for publication: exempt information under paragraph\(paragraphs.count == 1 ? "" : "s") "
            + "\(NumberingPlan.list(paragraphs)) of Part 1 of Schedule 12A to the Local Government Act 1972."
        if let reason = exempt.reason?.value { text += " " + reason }
        return text
    }

    func view() -> AgendaView {
        let exemptParagraphs = entries.flatMap { entry -> [Int] in
            if case .report(_, _, let exempt?, _) = entry.content, entry.partTwo { return exempt.paragraphs.map(\.value) }
            return []
        }
        var partOne: [AgendaItemView] = []
        var partTwo: [AgendaItemView] = []
        for entry in entries {
            var item = AgendaItemView(number: "\(entry.number)", anchor: "item-\(entry.number)", title: "", text: nil, from: nil,
                                      exempt: nil, link: nil, note: entry.note)
            switch entry.content {
            case .standard(let standard):
                let words = Self.wording(standard, exemptParagraphs: exemptParagraphs)
                let own = style.standardItems[standard.rawValue]
                item.title = own?.title ?? words.title
                item.text = own?.text ?? words.text
            case .free(let title, let text):
                item.title = title.value
                item.text = text?.value
            case .report(let title, let from, let exempt, let link):
                item.title = title
                item.link = link
                if let exempt {
                    item.exempt = Self.notice(exempt)
                } else {
                    item.from = from
                }
            }
            if entry.partTwo { partTwo.append(item) } else { partOne.append(item) }
        }
        let date = agenda.meeting.date.value
        let members = agenda.members.filter { $0.substitute == nil }
        let substitutes = agenda.members.filter { $0.substitute != nil }
        return AgendaView(
            title: title, council: style.council, body: agenda.meeting.body.value, date: "\(date.weekday) \(date.longForm)",
            time: agenda.meeting.time?.value, venue: agenda.meeting.venue?.value, published: agenda.published?.value.longForm,
            members: members.map(Self.member), hasMembers: !members.isEmpty,
            substitutes: substitutes.map(Self.member), hasSubstitutes: !substitutes.isEmpty,
            quorum: agenda.quorum.map { String($0.value) },
            contact: agenda.contact.map {
                ContactView(name: $0.name.value, role: $0.role?.value,
                            phone: $0.phone?.value.replacingBytes(" ", with: "\u{00A0}"), email: $0.email?.value)
            },
            partOne: partOne, partTwo: partTwo, hasPartTwo: !partTwo.isEmpty)
    }

    private static func member(_ member: Agenda.Member) -> MemberView {
        let standsInFor = member.substitute.flatMap { ["true", "yes"].contains($0.value.lowercased()) ? nil : $0.value }
        return MemberView(name: member.name.value, role: member.role?.value, party: member.party?.value, substitute: standsInFor)
    }
}
