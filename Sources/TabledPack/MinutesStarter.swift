import TabledCheck
import TabledModel

/// The minutes file `tabled new minutes --agenda` starts a clerk from: every item of the
/// agenda, its members as present, and each report's recommendations as the resolutions, so
/// that it renders as it is and the clerk edits what the meeting changed.
public enum MinutesStarter {
    /// `agendaPath` is the agenda as the minutes file will name it (relative to the minutes' folder).
    public static func text(agenda: Agenda, reports: [Int: Report], agendaPath: String, style: HouseStyle) -> String {
        let meeting = agenda.meeting
        var lines = [
            "# The minutes of \(meeting.body.value) on \(meeting.date.value.longForm).",
            "# `tabled minutes THIS-FILE` writes them; an item taken in private shows only its public_summary",
            "# in the public minutes, and everything else of it goes to confidential/ only.",
            "agenda: " + quoted(agendaPath),
            "first_minute: \"1\"              # e.g. 23/26 numbers the minutes 23/26, 24/26, ...",
            "present:                       # the members who came; substitutes below",
        ]
        let members = agenda.members.filter { $0.substitute == nil }
        lines += members.isEmpty ? ["  []"] : members.map { "  - " + quoted($0.name.value) }
        let substitutes = agenda.members.filter { $0.substitute != nil }
        lines.append("substitutes:                   # [{name: Cllr A, for: Cllr B}]")
        lines += substitutes.isEmpty ? ["  []"] : substitutes.map { member in
            let standsFor = member.substitute.map { $0.value == "true" ? "" : ", for: " + quoted($0.value) } ?? ""
            return "  # - {name: \(quoted(member.name.value))\(standsFor)}"
        }
        if substitutes.isEmpty == false { lines.append("  []") }
        lines.append("officers:")
        if let contact = agenda.contact {
            lines.append("  - {name: \(quoted(contact.name.value))" + (contact.role.map { ", role: " + quoted($0.value) } ?? "") + "}")
        } else {
            lines.append("  []")
        }
        lines += ["apologies: []                  # [Cllr C]",
                  "declarations: []               # [{member: Cllr A, item: 5, interest: prejudicial, detail: ...}]",
                  "                               # interest: disclosable-pecuniary, prejudicial or other",
                  "items:"]
        for (index, item) in agenda.items.enumerated() {
            let number = index + 1
            let report = reports[index]
            let title = DecisionNoticeBuilder.title(of: item, report: report, style: style)
            lines.append("  - item: \(number)            # \(oneLine(title))")
            // As the report prints them: "{{ref:scores}}" becomes "Table 1".
            let checked = report.map { ReportChecker.check($0, style: style) }
            let recommendations = report?.recommendations?.items.map { checked?.text($0.text).plain ?? $0.text.value } ?? []
            if report?.exempt != nil || agenda.isInPartTwo(index) {
                lines.append("    public_summary: \"The meeting considered this item in private and made a decision; the decision is published in general terms in the decision notice.\"")
            } else if case .standard = item {
                continue
            } else {
                lines.append("    # minute: what was discussed, before the resolution")
            }
            if !recommendations.isEmpty {
                lines.append("    resolved:                 # the recommendations as written; edit what the meeting changed (and set amended: true)")
                lines += recommendations.map { "      - " + quoted($0) }
                lines.append("    vote: unanimous           # or {for: 5, against: 1, abstentions: 0}, or {for: [names], against: [names]}")
            } else if report?.purpose?.value == .decision {
                lines.append("    resolved: [\"Agreed.\"]")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A YAML double-quoted string: whatever the text holds, it reads back as itself.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
