import Foundation
import Tabled
import TabledModel

/// The decision notice and the forward plan as JSON, in the family of `meeting.json`: schemas
/// `docs/decisions.schema.json` and `docs/forward-plan.schema.json`. Only what the public
/// notice prints: an item taken in private is its decision in general terms.
public enum NoticeJSON {
    struct DecisionItem: Encodable {
        var number: Int
        var title: String
        var decision: String
        var reasons: String?
        var alternatives: String?
        var interests: String?
        var key_decision: String?
        var taken_in_private: Bool
        var private_notice: String?
    }

    struct Decisions: Encodable {
        var schema = "tabled-decisions/1"
        var council: String?
        var body: String
        var date: String
        var published: String
        var call_in_deadline: String
        var items: [DecisionItem]
    }

    public static func decisions(_ notice: DecisionNotice) -> String {
        encode(Decisions(council: notice.council, body: notice.body, date: notice.date.description, published: notice.published.description,
                         call_in_deadline: "\(notice.callIn)T17:00:00" + offset(notice.callIn),
                         items: notice.items.map { item in
                             DecisionItem(number: item.number, title: item.title, decision: item.decision, reasons: item.reasons,
                                          alternatives: item.alternatives, interests: item.interests, key_decision: item.keyDecision,
                                          taken_in_private: item.privateNotice != nil, private_notice: item.privateNotice)
                         }))
    }

    struct PlanItem: Encodable {
        var reference: String?
        var title: String
        var decision_maker: String
        var date: String
        var wards: [String]
        var documents: [String]
        var contact: String?
        var exempt: Bool
        var exempt_notice: String?
    }

    struct ForwardPlan: Encodable {
        var schema = "tabled-forward-plan/1"
        var council: String?
        var published: String?
        var items: [PlanItem]
    }

    public static func forwardPlan(_ plan: ForwardPlanBuilder.Result, published: ISODate?, council: String?) -> String {
        encode(ForwardPlan(council: council, published: published?.description, items: plan.items.map { item in
            PlanItem(reference: item.reference, title: item.title, decision_maker: item.decisionMaker, date: item.date.description,
                     wards: item.wards, documents: item.documents, contact: item.contact, exempt: item.exemptNotice != nil,
                     exempt_notice: item.exemptNotice)
        }))
    }

    /// "+00:00" or "+01:00": Europe/London on that day.
    private static func offset(_ date: ISODate) -> String {
        OpenMeeting.londonOffset(on: date) == 60 ? "+01:00" : "+00:00"
    }

    /// Keys sorted and pretty-printed, so that the bytes repeat; these plain values always encode.
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
