/// Everything the agenda front sheet prints.
struct AgendaView {
    /// "Agenda", or "Supplementary agenda 1".
    var title = "Agenda"
    var council: String?
    var body: String
    var date: String
    var time: String?
    var venue: String?
    var published: String?
    var members: [MemberView]
    var hasMembers: Bool
    var substitutes: [MemberView]
    var hasSubstitutes: Bool
    var quorum: String?
    var contact: ContactView?
    var partOne: [AgendaItemView]
    var partTwo: [AgendaItemView]
    var hasPartTwo: Bool
    /// The masthead (from agenda-masthead.md.mustache) and the anchored "Items of business" heading.
    var blocks = AgendaBlocks()
}

struct AgendaBlocks {
    var masthead: Placement?
    var contents: Placement?
    /// The webcast or recording notice and the clerk's notes: Markdown, placed whole.
    var webcast: Placement?
    var notes: Placement?
    /// "Part I" above the items in public, when there are items in private too.
    var partOne: Placement?
}

struct MemberView {
    var name: String
    var role: String?
    var party: String?
    /// For a substitute: the member stood in for, when the agenda names one.
    var substitute: String?
}

/// One numbered item of business.
struct AgendaItemView {
    var number: String
    var anchor: String
    var title: String
    /// Markdown: a free item's text or a standard item's wording.
    var text: String?
    var from: String?
    /// The exempt notice of a Part II report.
    var exempt: String?
    /// Where the report is: a file beside the front sheet, or an anchor in a pack.
    var link: String?
    /// That the report follows in a supplementary agenda, or why it is late.
    var note: String? = nil
    /// The item as a numbered paragraph, made from agenda-item.md.mustache.
    var block: Placement?
}

extension AgendaView {
    /// Every field filled, for checking agenda templates against.
    static let sample = AgendaView(
        title: "Agenda", council: "Council", body: "Cabinet", date: "Tuesday 21 March 2006", time: "14:00", venue: "County Hall",
        published: "13 March 2006", members: [MemberView(name: "N", role: "R", party: "P", substitute: nil)], hasMembers: true,
        substitutes: [MemberView(name: "S", role: "R", party: "P", substitute: "N")], hasSubstitutes: true, quorum: "3",
        contact: ContactView(name: "N", role: "R", phone: "P", email: "E"),
        partOne: [AgendaItemView(number: "1", anchor: "item-1", title: "T", text: "t", from: "F", exempt: "E", link: "l", note: "n", block: Placement(index: 0))],
        partTwo: [AgendaItemView(number: "2", anchor: "item-2", title: "T", text: "t", from: "F", exempt: "E", link: "l", note: "n", block: Placement(index: 0))],
        hasPartTwo: true, blocks: AgendaBlocks(masthead: Placement(index: 0), contents: Placement(index: 0), webcast: Placement(index: 0),
                                               notes: Placement(index: 0), partOne: Placement(index: 0)))
}
