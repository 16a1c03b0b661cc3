import Foundation
import Testing

/// Every meeting as open data: each pack's meeting.ics and meeting.json, and over several
/// agendas meetings.ics and feed.atom, read back by real parsers (icalendar, jsonschema, an
/// XML parser) in scripts/open-data.py, with no exempt word in any of them.
@Suite struct OpenDataTests {
    @Test func twoMeetingsAreReadBackByRealParsersWithNoExemptWord() throws {
        let packs = PackCommandTests()
        let folder = try packs.meeting()
        // A second meeting, a month on, with its own copies of the reports.
        let later = try packs.meeting(date: "2027-01-19", published: "2027-01-08")
        for report in ["public.yaml", "exempt.yaml"] {
            let path = later.appendingPathComponent("reports/\(report)")
            try String(contentsOf: path, encoding: .utf8).replacingOccurrences(of: "2026-12-15", with: "2027-01-19")
                .write(to: folder.appendingPathComponent("reports/later-\(report)"), atomically: true, encoding: .utf8)
        }
        try PackCommandTests.agenda(date: "2027-01-19", published: "2027-01-08",
                                    items: "  - report: reports/later-public.yaml\n  - standard: exclusion\n  - report: reports/later-exempt.yaml")
            .write(to: folder.appendingPathComponent("later.yaml"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["pack", "agenda.yaml", "later.yaml", "-o", "out"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("out/cabinet-2026-12-15"), "pack says which folder it wrote: \(run.stdout)")
        let check = try CLI.run([CLI.root.appendingPathComponent("scripts/open-data.py").path,
                                 folder.appendingPathComponent("out").path, PackCommandTests.canary], executable: "python3")
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("meetings.ics with 2 events, feed.atom with 2 entries"), "\(check.stdout)")
        let json = try String(contentsOf: folder.appendingPathComponent("out/cabinet-2026-12-15/meeting.json"), encoding: .utf8)
        #expect(json.contains("\"start\" : \"2026-12-15T14:00:00+00:00\""))
        #expect(json.contains("Award of a Contract"), "an exempt item keeps its title")
        let ics = try String(contentsOf: folder.appendingPathComponent("out/cabinet-2026-12-15/meeting.ics"), encoding: .utf8)
        #expect(ics.contains("DTSTART;TZID=Europe/London:20261215T140000\r\n"))
        #expect(ics.split(separator: "\r\n").allSatisfy { $0.utf8.count <= 75 }, "lines fold at 75 octets")
    }

    @Test func severalAgendasWriteOneCalendarAndOneFeed() throws {
        let out = try CLI.temporaryFolder()
        let agendas = ["cabinet-agenda.yaml", "brent-executive-agenda.yaml", "birmingham-cabinet-agenda.yaml"].map {
            CLI.root.appendingPathComponent("Examples/\($0)").path
        }
        let style = try CLI.temporaryFolder().appendingPathComponent("style.yaml")
        try "council: Example Council\nbase_url: https://democracy.example.gov.uk/meetings/\n".write(to: style, atomically: true, encoding: .utf8)
        let run = try CLI.run(["pack"] + agendas + ["-o", out.path, "--style", style.path])
        #expect(run.status == 0, "\(run.stderr)")
        let check = try CLI.run([CLI.root.appendingPathComponent("scripts/open-data.py").path, out.path], executable: "python3")
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("meetings.ics with 3 events, feed.atom with 3 entries"), "\(check.stdout)")
        let feed = try String(contentsOf: out.appendingPathComponent("feed.atom"), encoding: .utf8)
        #expect(feed.contains("href=\"https://democracy.example.gov.uk/meetings/cabinet-2006-03-21/public-pack.html\""))
        let ics = try String(contentsOf: out.appendingPathComponent("meetings.ics"), encoding: .utf8).replacingOccurrences(of: "\r\n ", with: "")
        #expect(ics.contains("URL:https://democracy.example.gov.uk/meetings/cabinet-2006-03-21/public-pack.html"))
        // The confidential item of the Examples' Cabinet is named by title and notice only.
        #expect(!ics.contains("Bidder"))
    }

    @Test func aBaseURLThatIsNotAnAddressIsRefused() throws {
        let style = try CLI.temporaryFolder().appendingPathComponent("style.yaml")
        try "base_url: democracy.example.gov.uk\n".write(to: style, atomically: true, encoding: .utf8)
        let run = try CLI.run(["pack", CLI.root.appendingPathComponent("Examples/cabinet-agenda.yaml").path, "-o",
                               try CLI.temporaryFolder().path, "--style", style.path])
        #expect(run.status != 0)
        #expect(run.stderr.contains("style.yaml:1:11: error:"), "\(run.stderr)")
    }
}
