import Tabled
import TabledModel
import TabledWord

/// Published packs as an Atom feed (RFC 4287): one entry per meeting's pack, newest first.
public enum MeetingFeed {
    public static func feed(_ meetings: [OpenMeeting], council: String?) -> String {
        let sorted = meetings.sorted { ($0.published ?? $0.date, $0.folder) > ($1.published ?? $1.date, $1.folder) }
        let updated = sorted.first.map { stamp($0.published ?? $0.date) } ?? "1970-01-01T00:00:00Z"
        let title = (council.map { $0 + ": " } ?? "") + "meeting packs"
        let base = meetings.first?.baseURL
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
            <id>\(escape(base.map { $0 + "/feed.atom" } ?? "tag:tabled.invalid,2000:meeting-packs"))</id>
            <title>\(escape(title))</title>
            <updated>\(updated)</updated>
            <author><name>\(escape(council ?? "Tabled"))</name></author>
            <generator>Tabled</generator>

            """
        for meeting in sorted {
            let name = "\(meeting.body), \(meeting.date.longForm)"
            let published = stamp(meeting.published ?? meeting.date)
            // A supplement's entry: its pack, its late items; the day is the agenda's, as Tabled knows no other.
            for number in meeting.supplements.reversed() {
                let items = meeting.items.filter { $0.supplement == number }.map { "\($0.number). \($0.title)" }.joined(separator: "; ")
                let path = "supplement-\(number)/public-pack.html"
                xml += """
                    <entry>
                    <id>\(escape(meeting.baseURL.map { _ in meeting.address(path) } ?? "tag:tabled.invalid,\(meeting.date):\(meeting.folder)/supplement-\(number)"))</id>
                    <title>\(escape("Supplementary agenda \(number) pack: " + name))</title>
                    <updated>\(published)</updated>
                    <published>\(published)</published>
                    <link rel="alternate" type="text/html" href="\(escape(meeting.address(path)))"/>
                    <summary>\(escape(name + ". " + items))</summary>
                    </entry>

                    """
            }
            let items = meeting.items.map { "\($0.number). \($0.title)" }.joined(separator: "; ")
            xml += """
                <entry>
                <id>\(escape(meeting.baseURL.map { _ in meeting.address("public-pack.html") } ?? "tag:tabled.invalid,\(meeting.date):\(meeting.folder)"))</id>
                <title>\(escape("Agenda pack: " + name))</title>
                <updated>\(published)</updated>
                <published>\(published)</published>
                <link rel="alternate" type="text/html" href="\(escape(meeting.address("public-pack.html")))"/>
                <link rel="related" type="text/calendar" href="\(escape(meeting.address("meeting.ics")))"/>
                <summary>\(escape(name + (meeting.venue.map { ", " + $0 } ?? "") + ". " + items))</summary>
                </entry>

                """
        }
        return xml + "</feed>\n"
    }

    private static func stamp(_ date: ISODate) -> String { "\(date)T00:00:00Z" }

    /// Text for XML 1.0, in an element or a quoted attribute, as the Word writer makes it.
    static func escape(_ text: String) -> String {
        XMLText.escape(text)
    }
}
