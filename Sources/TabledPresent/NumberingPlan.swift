import TabledModel

/// Where everything numbered in a report falls, worked out once so references agree with the page.
struct NumberingPlan {
    /// What a `{{ref:ID}}` prints and links to.
    struct Label {
        var noun: String
        var number: String
        var anchor: String
    }

    var summaryNumber: Int?
    var recommendationsNumber: Int?
    /// 1 when the lead-in takes the first number of the recommendations section.
    var recommendationOffset = 0
    var sectionNumbers: [Int] = []
    var implicationNumbers: [Int] = []
    var tableOrder: [String] = []
    var labels: [String: Label] = [:]

    init(report: Report, numbered: Bool) {
        var next = 1
        if report.summary != nil { summaryNumber = next; next += 1 }
        if let recommendations = report.recommendations {
            recommendationsNumber = next
            let offset = recommendations.leadNumbered && recommendations.lead != nil ? 1 : 0
            recommendationOffset = offset
            for (i, item) in recommendations.items.enumerated() {
                if let id = item.id?.value {
                    labels[id] = Label(noun: "recommendation", number: numbered ? "\(next).\(i + 1 + offset)" : "(\(ProseResolver.letter(i)))",
                                       anchor: "rec-\(next)-\(i + 1 + offset)")
                }
            }
            next += 1
        }
        for section in report.sections {
            sectionNumbers.append(next)
            if let id = section.id?.value { labels[id] = Label(noun: "section", number: "\(next)", anchor: "section-\(next)") }
            var p = 0
            for paragraph in section.paragraphs {
                switch paragraph {
                case .text(let id, _):
                    p += 1
                    if let id = id?.value { labels[id] = Label(noun: "paragraph", number: "\(next).\(p)", anchor: "para-\(next)-\(p)") }
                case .table(let id):
                    if !tableOrder.contains(id.value) { tableOrder.append(id.value) }
                }
            }
            next += 1
        }
        for _ in report.implications {
            implicationNumbers.append(next)
            next += 1
        }
        for (i, id) in tableOrder.enumerated() {
            labels[id] = Label(noun: "Table", number: "\(i + 1)", anchor: "table-\(i + 1)")
        }
        for (i, appendix) in report.appendices.enumerated() {
            if let id = appendix.id?.value {
                labels[id] = Label(noun: "Appendix", number: ProseResolver.letter(i).uppercased(), anchor: "appendix-\(i + 1)")
            }
        }
    }
}
