import Foundation
import Tabled
import TabledModel

/// A meeting as JSON, in the schema `docs/meeting.schema.json` documents: modelled on Open
/// Civic Data's Event and OParl's Meeting, AgendaItem and File. Keys sorted, so the bytes repeat.
public enum MeetingJSON {
    struct Document: Encodable {
        var title: String
        var path: String
        var url: String?
    }

    struct Item: Encodable {
        var number: Int
        var title: String
        var part: Int
        var kind: String
        var from: String?
        var key_decision: String?
        var exempt: Bool
        var exempt_notice: String?
        var supplement: Int?
        var documents: [Document]
    }

    struct Meeting: Encodable {
        var schema = "tabled-meeting/1"
        var council: String?
        var body: String
        var date: String
        /// Local time with its offset: "2006-03-21T14:00:00+00:00"; nil when the agenda gives no time.
        var start: String?
        var timezone = "Europe/London"
        var location: String?
        var status = "confirmed"
        var published: String?
        var documents: [Document]
        var items: [Item]
    }

    public static func json(_ meeting: OpenMeeting) -> String {
        func document(_ title: String, _ path: String) -> Document {
            Document(title: title, path: path, url: meeting.baseURL.map { _ in meeting.address(path) })
        }
        var start: String?
        if let time = meeting.time {
            let offset = OpenMeeting.londonOffset(on: meeting.date)
            start = "\(meeting.date)T" + String(format: "%02d:%02d:00+%02d:%02d", time.hour, time.minute, offset / 60, offset % 60)
        }
        let value = Meeting(
            council: meeting.council, body: meeting.body, date: meeting.date.description, start: start, location: meeting.venue,
            published: meeting.published?.description,
            documents: meeting.documents.map { document($0.title, $0.path) },
            items: meeting.items.map { item in
                Item(number: item.number, title: item.title, part: item.part, kind: item.kind, from: item.from,
                     key_decision: item.keyDecision, exempt: item.exemptNotice != nil, exempt_notice: item.exemptNotice,
                     supplement: item.supplement,
                     documents: item.documents.map { document(item.title, $0) })
            })
        return NoticeJSON.encode(value)
    }
}
