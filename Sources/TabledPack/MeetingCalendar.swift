import Tabled
import TabledModel

/// Meetings as iCalendar (RFC 5545): one VEVENT each, at its time in Europe/London, with its
/// venue and, under a `base_url`, the public pack's address. Lines end CRLF and fold at 75 octets.
public enum MeetingCalendar {
    public static func calendar(_ meetings: [OpenMeeting]) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tabled//Tabled meeting packs//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
        if meetings.contains(where: { $0.time != nil }) { lines += londonTimeZone }
        for meeting in meetings { lines += event(meeting) }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    private static func event(_ meeting: OpenMeeting) -> [String] {
        let day = compact(meeting.date)
        // A stamp that does not change each time the pack is made: the day the agenda was published.
        let stamp = compact(meeting.published ?? meeting.date) + "T000000Z"
        var lines = ["BEGIN:VEVENT", "UID:\(meeting.folder)@tabled", "DTSTAMP:\(stamp)"]
        if let time = meeting.time {
            lines.append("DTSTART;TZID=Europe/London:\(day)T" + two(time.hour) + two(time.minute) + "00")
        } else {
            lines.append("DTSTART;VALUE=DATE:\(day)")
        }
        lines.append("SUMMARY:" + escape(meeting.body))
        if let venue = meeting.venue { lines.append("LOCATION:" + escape(venue)) }
        let agenda = meeting.items.map { "\($0.number). \($0.title)" }.joined(separator: "\n")
        lines.append("DESCRIPTION:" + escape([meeting.council, "Agenda:\n" + agenda].compactMap { $0 }.joined(separator: "\n")))
        if meeting.baseURL != nil, let pack = meeting.documents.first(where: { $0.path == "public-pack.html" }) {
            lines.append("URL:" + meeting.address(pack.path))
        }
        lines += ["STATUS:CONFIRMED", "END:VEVENT"]
        return lines
    }

    /// Europe/London's two rules since 1996: summer time from 01:00 UTC on the last Sunday of March
    /// to 01:00 UTC on the last Sunday of October.
    private static let londonTimeZone = [
        "BEGIN:VTIMEZONE", "TZID:Europe/London",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST", "DTSTART:19700329T010000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19701025T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]

    private static func compact(_ date: ISODate) -> String {
        String(format: "%04d%02d%02d", date.year, date.month, date.day)
    }

    private static func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }

    /// TEXT as RFC 5545 §3.3.11 escapes it; control characters are no part of it.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A content line folded after 75 octets, never inside a character (§3.1).
    static func fold(_ line: String) -> String {
        var out = "", width = 0
        for character in line {
            let octets = character.utf8.count
            if width + octets > 75 {
                out += "\r\n "
                width = 1
            }
            out.append(character)
            width += octets
        }
        return out
    }
}
