import TabledModel

/// Checks a report against what its house style requires of the body it goes to.
public enum StyleChecker {
    public static func check(_ report: Report, style: HouseStyle) -> [Diagnostic] {
        guard report.kind == .report, let meeting = report.meeting, let rule = style.rule(for: meeting.body.value) else { return [] }
        let stated = Set(report.implications.map(\.kind.value))
        return rule.implications.filter { !stated.contains($0.value) }.map { required in
            Diagnostic(.missingImplication(required.value, body: rule.body.value), at: meeting.body.location,
                       notes: [.init(.houseStyleRule(rule.body.value), at: required.location), .init(.missingImplicationHelp(required.value))])
        }
    }
}
