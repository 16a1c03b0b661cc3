/// Working days in England and Wales: not a weekend, not a bank holiday, not a day the
/// council says it is closed.
///
/// Bank holidays are computed by rule, as the Banking and Financial Dealings Act 1971 and
/// royal proclamation set them: New Year's Day, Good Friday and Easter Monday (from Easter,
/// by the Gregorian computus), the first and last Mondays of May, the last Monday of August,
/// Christmas Day and Boxing Day, each moved to the next weekday not already a holiday when
/// it falls at a weekend. One-off holidays (a coronation, a jubilee) are not rules: a house
/// style lists them with any other closure days.
public struct WorkingDays: Sendable {
    public var closures: Set<ISODate>

    public init(closures: Set<ISODate> = []) {
        self.closures = closures
    }

    public func isWorkingDay(_ date: ISODate) -> Bool {
        date.weekdayIndex < 5 && !Self.bankHolidays(in: date.year).contains(date) && !closures.contains(date)
    }

    /// The first working day after `date`.
    public func next(after date: ISODate) -> ISODate {
        var day = date.adding(days: 1)
        while !isWorkingDay(day) { day = day.adding(days: 1) }
        return day
    }

    /// The `count`th working day after `date`, `date` itself not counted: a call-in period
    /// of five clear working days after publication ends on the fifth.
    public func workingDay(_ count: Int, after date: ISODate) -> ISODate {
        var day = date
        for _ in 0..<max(count, 1) { day = next(after: day) }
        return day
    }

    /// Easter Sunday (the Anonymous Gregorian algorithm).
    public static func easter(_ year: Int) -> ISODate {
        let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
        return ISODate(year: year, month: month, day: day)
    }

    /// The bank holidays of England and Wales in `year`, by rule.
    public static func bankHolidays(in year: Int) -> Set<ISODate> {
        var holidays = Set<ISODate>()
        func firstMonday(_ month: Int) -> ISODate {
            let first = ISODate(year: year, month: month, day: 1)
            return first.adding(days: (7 - first.weekdayIndex) % 7)
        }
        func lastMonday(_ month: Int) -> ISODate {
            let last = ISODate(year: year, month: month, day: ISODate.daysIn(month: month, year: year))
            return last.adding(days: -last.weekdayIndex)
        }
        // A holiday at a weekend moves to the next weekday that is not already one.
        func observe(_ date: ISODate) {
            var day = date
            while day.weekdayIndex >= 5 || holidays.contains(day) { day = day.adding(days: 1) }
            holidays.insert(day)
        }
        observe(ISODate(year: year, month: 1, day: 1))
        let easter = easter(year)
        holidays.insert(easter.adding(days: -2))
        holidays.insert(easter.adding(days: 1))
        holidays.insert(firstMonday(5))
        holidays.insert(lastMonday(5))
        holidays.insert(lastMonday(8))
        observe(ISODate(year: year, month: 12, day: 25))
        observe(ISODate(year: year, month: 12, day: 26))
        return holidays
    }
}
