import TabledModel

/// Where everything numbered in a report falls, worked out once in house style, so that
/// every `{{ref:ID}}` prints exactly the number its target shows on the page.
public struct NumberingPlan: Sendable {
    /// A numbered thing's printed number (nil when the style prints none) and its anchor.
    public struct Place: Sendable {
        public var number: String?
        public var anchor: String
    }

    /// What a `{{ref:ID}}` prints and links to.
    public struct Label: Sendable {
        public var noun: String
        public var number: String
        public var anchor: String

        public var text: String { number.isEmpty ? noun : "\(noun) \(number)" }
    }

    public struct SectionPlaces: Sendable {
        public var section: Place
        /// One place per paragraph; nil where a table stands.
        public var paragraphs: [Place?]
    }

    public struct RecommendationPlaces: Sendable {
        public var section: Place
        /// Set when the lead-in is printed as a numbered paragraph.
        public var lead: Place?
        public var items: [Place]
    }

    public private(set) var summary: SectionPlaces?
    public private(set) var recommendations: RecommendationPlaces?
    public private(set) var sections: [SectionPlaces] = []
    public private(set) var implications: [SectionPlaces] = []
    public private(set) var tableOrder: [String] = []
    public private(set) var appendices: [Place] = []
    public private(set) var labels: [String: Label] = [:]

    private let style: HouseStyle
    private let numbered: Bool
    private var sectionCount = 0
    private var paragraphCount = 0

    public init(report: Report, style: HouseStyle) {
        self.style = style
        numbered = report.kind == .report && style.paragraphs != .none

        if report.summary != nil { summary = plainSection(paragraphs: 1) }
        if style.recommendationsPosition == .start { planRecommendations(report) }
        for section in report.sections {
            let places = planSection(section.paragraphs.map { if case .table = $0 { return false } else { return true } })
            if let id = section.id?.value {
                labels[id] = Label(noun: "section", number: places.section.number.map(trimDot) ?? "'\(section.title.value)'",
                                   anchor: places.section.anchor)
            }
            for (paragraph, place) in zip(section.paragraphs, places.paragraphs) {
                switch paragraph {
                case .text(let id?, _):
                    if let place { labels[id.value] = paragraphLabel(place, section: section.title.value) }
                case .table(let id):
                    if !tableOrder.contains(id.value) { tableOrder.append(id.value) }
                default:
                    break
                }
            }
            sections.append(places)
        }
        for _ in report.implications { implications.append(plainSection(paragraphs: 1)) }
        if style.recommendationsPosition == .end { planRecommendations(report) }

        for (i, id) in tableOrder.enumerated() {
            // A table the council numbers itself is cited by its own number, or by its caption.
            if let table = report.tables.first(where: { $0.id.value == id }), table.keepsOwnCaption {
                labels[id] = table.ownNumber.map { Label(noun: $0, number: "", anchor: "table-\(i + 1)") }
                    ?? Label(noun: "the table", number: "'\(table.caption.value)'", anchor: "table-\(i + 1)")
                continue
            }
            labels[id] = Label(noun: "Table", number: "\(i + 1)", anchor: "table-\(i + 1)")
        }
        let appendixNoun = style.appendixWord ?? (style.appendices == .letters ? "Appendix" : "Annex")
        var anchors = Set<String>()
        for (i, appendix) in report.appendices.enumerated() {
            var noun = appendixNoun
            var number = style.appendices == .letters ? NumberingPlan.letter(i).uppercased() : "\(i + 1)"
            // A council's own label ("Annex 1a") is printed as written; its last word is its number.
            if let label = appendix.label?.value {
                let words = label.split(separator: " ")
                noun = words.dropLast().joined(separator: " ")
                number = words.last.map(String.init) ?? ""
            }
            var anchor = "appendix-" + NumberingPlan.anchorName(number)
            if anchors.contains(anchor) { anchor += "-\(i + 1)" }
            anchors.insert(anchor)
            let place = Place(number: noun.isEmpty ? number : "\(noun) \(number)", anchor: anchor)
            appendices.append(place)
            if let id = appendix.id?.value { labels[id] = Label(noun: noun, number: number, anchor: place.anchor) }
        }
    }

    /// Letters and digits of a number, lowercased, for an anchor: "1a" → "1a", "B.2" → "b-2".
    static func anchorName(_ number: String) -> String {
        var name = ""
        for scalar in number.lowercased().unicodeScalars {
            if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
                name.unicodeScalars.append(scalar)
            } else if !name.isEmpty && !name.hasSuffix("-") {
                name += "-"
            }
        }
        while name.hasSuffix("-") { name.removeLast() }
        return name.isEmpty ? "x" : name
    }

    private func trimDot(_ number: String) -> String {
        number.hasSuffix(".") ? String(number.dropLast()) : number
    }

    private func paragraphLabel(_ place: Place, section: String) -> Label {
        guard let number = place.number else { return Label(noun: "section", number: "'\(section)'", anchor: place.anchor) }
        return Label(noun: "paragraph", number: number, anchor: place.anchor)
    }

    /// The next section and its numbered paragraphs (false marks a table's place).
    private mutating func planSection(_ isParagraph: [Bool]) -> SectionPlaces {
        sectionCount += 1
        let s = sectionCount
        let decimal = numbered && style.paragraphs == .decimal
        let section = Place(number: decimal ? "\(s)." : nil, anchor: "section-\(s)")
        var p = 0
        let paragraphs: [Place?] = isParagraph.map { paragraph in
            guard paragraph else { return nil }
            p += 1
            return nextParagraph(section: s, index: p)
        }
        return SectionPlaces(section: section, paragraphs: paragraphs)
    }

    private mutating func plainSection(paragraphs count: Int) -> SectionPlaces {
        planSection(Array(repeating: true, count: count))
    }

    /// A body paragraph's place: "3.2" (decimal), "17" (continuous) or unnumbered.
    private mutating func nextParagraph(section s: Int, index p: Int) -> Place {
        guard numbered else { return Place(number: nil, anchor: "para-\(s)-\(p)") }
        switch style.paragraphs {
        case .decimal:
            return Place(number: "\(s).\(p)", anchor: "para-\(s)-\(p)")
        case .continuous:
            paragraphCount += 1
            return Place(number: "\(paragraphCount)", anchor: "para-\(paragraphCount)")
        case .none:
            return Place(number: nil, anchor: "para-\(s)-\(p)")
        }
    }

    private mutating func planRecommendations(_ report: Report) {
        guard let given = report.recommendations else { return }
        sectionCount += 1
        let s = sectionCount
        let decimal = numbered && style.paragraphs == .decimal
        let section = Place(number: decimal ? "\(s)." : nil, anchor: "section-\(s)")
        // Continuous numbering always numbers the lead-in; decimal only when the paper does (Brent).
        let numberLead = given.lead != nil && numbered && (given.leadNumbered || style.paragraphs == .continuous)
        let lead = numberLead ? nextParagraph(section: s, index: 1) : nil
        var items: [Place] = []
        for i in given.items.indices {
            let anchorIndex = i + 1 + (numberLead ? 1 : 0)
            let anchor = "rec-\(s)-\(anchorIndex)"
            let number: String?
            switch (style.recommendations, numbered) {
            case (.letters, _), (.decimal, false):
                number = "(\(NumberingPlan.letter(i)))"
            case (.decimal, true):
                if style.paragraphs == .continuous {
                    number = lead.flatMap(\.number).map { "\($0).\(i + 1)" } ?? nextParagraph(section: s, index: anchorIndex).number
                } else {
                    number = "\(s).\(anchorIndex)"
                }
            }
            items.append(Place(number: number, anchor: anchor))
            if let id = given.items[i].id?.value, let number {
                labels[id] = Label(noun: "recommendation", number: number, anchor: anchor)
            }
        }
        recommendations = RecommendationPlaces(section: section, lead: lead, items: items)
    }
}

extension NumberingPlan {
    /// "a", "b" ... "z", "aa": for (a), (b) numbering and Appendix A.
    public static func letter(_ index: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var i = max(index, 0)
        var out = ""
        repeat {
            out = String(letters[i % 26]) + out
            i = i / 26 - 1
        } while i >= 0
        return out
    }

    /// "3", "3 and 4", "1, 3 and 4".
    public static func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        if items.count == 1 { return last }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }
}
