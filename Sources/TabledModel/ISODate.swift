import Foundation

/// A calendar date as written in ISO form (2006-03-21), checked to exist.
public struct ISODate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Reads `YYYY-MM-DD`; nil if malformed or not a real date (2006-02-30).
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1, day <= ISODate.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
    private static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// "21 March 2006".
    public var longForm: String { "\(day) \(ISODate.monthNames[month - 1]) \(year)" }

    /// "March 2006".
    public var monthAndYear: String { "\(ISODate.monthNames[month - 1]) \(year)" }

    /// "Tuesday".
    public var weekday: String { ISODate.weekdayNames[(dayNumber % 7 + 7) % 7] }

    /// Days since 0001-01-01 (a Monday) in the proleptic Gregorian calendar.
    public var dayNumber: Int {
        let y = year - 1
        var days = y * 365 + y / 4 - y / 100 + y / 400
        for m in 1..<month { days += ISODate.daysIn(month: m, year: year) }
        return days + day - 1
    }

    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    public static func < (lhs: ISODate, rhs: ISODate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

extension ISODate {
    /// A date that is known to exist, from its parts.
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date `dayNumber` counts (days since 1 January 0001).
    public init(dayNumber: Int) {
        // Civil-from-days (Howard Hinnant), which counts from 0000-03-01: 0001-01-01 is its day 306.
        let z = dayNumber + 306
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// The date `days` later (or earlier, if negative).
    public func adding(days: Int) -> ISODate { ISODate(dayNumber: dayNumber + days) }

    /// 0 for Monday … 6 for Sunday.
    public var weekdayIndex: Int { (dayNumber % 7 + 7) % 7 }
}
