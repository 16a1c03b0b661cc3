import Testing
@testable import TabledReader

/// How a label broken over lines in a printed table is joined: a date's year under its month
/// runs on, a year under anything else is a line of its own.
@Suite struct PDFLabelTests {
    @Test func aYearUnderItsMonthRunsOn() {
        #expect(PDFPageTables.yearAfterMonth("Balance at 31 March", "2026"))
        #expect(PDFPageTables.yearAfterMonth("Position at 30 september", "2025"))
    }

    @Test func aYearUnderAnythingElseDoesNot() {
        #expect(!PDFPageTables.yearAfterMonth("Balance at 31 March 2025", "2026"))
        #expect(!PDFPageTables.yearAfterMonth("Balance at 31 March", "26"))
        #expect(!PDFPageTables.yearAfterMonth("Balance at 31 March", "1,250"))
        #expect(!PDFPageTables.yearAfterMonth("Schools", "2026"))
    }

    @Test func aWordBrokenAfterASlashIsJoinedWhole() {
        #expect(PDFPageTables.joined("(Increase)/", "decrease in year") == "(Increase)/decrease in year")
        #expect(PDFPageTables.joined("Income /", "expenditure") == "Income / expenditure")
        #expect(PDFPageTables.joined("Bassingbourn-", "cum-Kneesworth") == "Bassingbourn-cum-Kneesworth")
    }
}
