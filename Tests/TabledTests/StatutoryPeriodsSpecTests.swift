import Testing
import TabledModel

/// Runs Spec/statutory-periods.md: clear days' notice, bank holidays by rule, and the call-in deadline after publication.
@Suite struct StatutoryPeriodsSpecTests {
    static func rows(_ heading: String) throws -> [[String]] {
        let text = try TestSupport.read("Tests/TabledTests/Spec/statutory-periods.md")
        guard let start = text.range(of: heading) else { return [] }
        return text[start.upperBound...].split(separator: "\n").drop { !$0.hasPrefix("|") }.prefix { $0.hasPrefix("|") }
            .dropFirst(2).map { line in line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.trimmingCharacters(in: .whitespaces) } }
    }

    static func date(_ text: String) throws -> ISODate { try #require(ISODate(text), "\(text)") }

    @Test func noticeBeforeAMeeting() throws {
        let cases = try Self.rows("## Notice before a meeting")
        #expect(cases.count >= 10)
        for row in cases {
            let (published, meeting) = (try Self.date(row[0]), try Self.date(row[1]))
            #expect(WorkingDays.clearDays(from: published, to: meeting) == Int(row[2]), "\(row[0]) to \(row[1])")
            #expect(WorkingDays.agendaIsInTime(published: published, meeting: meeting) == (row[3] == "yes"), "agenda \(row[0]) to \(row[1])")
            #expect(WorkingDays.forwardPlanIsInTime(published: published, meeting: meeting) == (row[4] == "yes"), "plan \(row[0]) to \(row[1])")
        }
    }

    @Test func bankHolidaysByRuleAreGovUKs() throws {
        let years = try Self.rows("## Bank holidays by year")
        #expect(years.count == 4)
        for row in years {
            let expected = Set(try row[1].split(separator: " ").map { try Self.date(String($0)) })
            #expect(WorkingDays.bankHolidays(in: Int(row[0]) ?? 0) == expected, "\(row[0])")
        }
    }

    @Test func deadlines() throws {
        let cases = try Self.rows("## Deadlines")
        #expect(cases.count >= 20)
        for row in cases {
            let closures = Set(try row[2].split(separator: " ").map { try Self.date(String($0)) })
            let deadline = WorkingDays(closures: closures).callInDeadline(published: try Self.date(row[0]))
            #expect(deadline == (try Self.date(row[1])), "published \(row[0]): \(row[3])")
        }
    }

    @Test func dayNumbersRoundTrip() throws {
        for text in ["0001-01-01", "1900-02-28", "2000-02-29", "2026-12-23", "2028-01-04", "2100-03-01"] {
            let date = try Self.date(text)
            #expect(ISODate(dayNumber: date.dayNumber) == date)
        }
        #expect(try Self.date("2026-12-23").weekday == "Wednesday")
        #expect(try Self.date("2027-01-04").weekday == "Monday")
    }
}
