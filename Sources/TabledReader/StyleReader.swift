import TabledModel

/// Reads a council's house style file (`--style FILE`).
public enum StyleReader {
    public struct Result: Sendable {
        public var style: HouseStyle?
        public var diagnostics: [Diagnostic]
    }

    public static func read(_ text: String, file: String) -> Result {
        var diagnostics: [Diagnostic] = []
        guard let root = YAMLDocument.compose(text, file: file, diagnostics: &diagnostics) else {
            return Result(style: nil, diagnostics: diagnostics)
        }
        let reader = NodeReader(file: file)
        var style = HouseStyle.standard
        if let fields = reader.fields(root, named: "the house style", allowed: ["council", "logo", "colours", "bodies", "standard_items", "negative", "numbering", "recommendations", "closures", "base_url"],
                                      context: "the house style") {
            style.council = fields.present("council").flatMap { reader.text($0, named: "council") }?.value
            style.logo = fields.present("logo").flatMap { reader.text($0, named: "logo") }?.value
            if let base = fields.present("base_url").flatMap({ reader.text($0, named: "base_url") }) {
                if base.value.hasPrefix("https://") || base.value.hasPrefix("http://"), !base.value.contains(where: { $0 == " " || $0 == "\"" || $0 == "<" }) {
                    style.baseURL = base.value.hasSuffix("/") ? String(base.value.dropLast()) : base.value
                } else {
                    reader.report(Diagnostic(.badChoice("base_url", text: base.value, choices: ["an https:// address"]), at: base.location))
                }
            }
            if let closures = fields.present("closures") {
                style.closures = Set(reader.list(closures, named: "closures").compactMap { reader.date($0, named: "closures")?.value })
            }
            if let node = fields.present("colours"),
               let colours = reader.fields(node, named: "colours", allowed: HouseStyle.colourNames, context: "colours") {
                for name in colours.order {
                    guard let value = colours.present(name).flatMap({ reader.text($0, named: name) }) else { continue }
                    guard value.value.wholeMatch(of: #/#[0-9a-fA-F]{6}/#) != nil else {
                        reader.report(Diagnostic(.badColour(name, text: value.value), at: value.location))
                        continue
                    }
                    style.colours[name] = value.value
                }
            }
            if let node = fields.present("standard_items"),
               let items = reader.fields(node, named: "standard_items", allowed: AgendaItem.Standard.allCases.map(\.rawValue),
                                         context: "standard_items") {
                for name in items.order {
                    guard let item = items.present(name),
                          let wording = reader.fields(item, named: name, allowed: ["title", "text"], context: "standard item '\(name)'") else { continue }
                    style.standardItems[name] = HouseStyle.StandardWording(
                        title: wording.present("title").flatMap { reader.text($0, named: "title") }?.value,
                        text: wording.present("text").flatMap { reader.prose($0, named: "text") }?.value)
                }
            }
            if let node = fields.present("bodies") {
                for (body, rule) in reader.entries(node, named: "bodies") {
                    guard let ruleFields = reader.fields(rule, named: body.value, allowed: ["implications"], context: "body '\(body.value)'") else { continue }
                    let required = ruleFields.present("implications").map { reader.texts($0, named: "implications") } ?? []
                    for kind in required where !Implication.kinds.contains(kind.value) {
                        reader.report(Diagnostic(.unknownImplication(kind.value), at: kind.location,
                                                 notes: [.suggestion(for: kind.value, among: Implication.kinds)]))
                    }
                    style.bodies.append(HouseStyle.BodyRule(body: body, implications: required))
                }
            }
            if let node = fields.present("negative"), let value = reader.choice(node, named: "negative", as: NegativeStyle.self) {
                style.negative = value.value
            }
            if let node = fields.present("recommendations"),
               let value = reader.choice(node, named: "recommendations", as: HouseStyle.RecommendationsPosition.self) {
                style.recommendationsPosition = value.value
            }
            if let node = fields.present("numbering"),
               let numbering = reader.fields(node, named: "numbering", allowed: ["paragraphs", "recommendations", "appendices", "appendix_word"],
                                             context: "numbering") {
                if let n = numbering.present("paragraphs"), let v = reader.choice(n, named: "paragraphs", as: HouseStyle.ParagraphNumbering.self) {
                    style.paragraphs = v.value
                }
                if let n = numbering.present("recommendations"),
                   let v = reader.choice(n, named: "recommendations", as: HouseStyle.RecommendationNumbering.self) {
                    style.recommendations = v.value
                }
                if let n = numbering.present("appendices"), let v = reader.choice(n, named: "appendices", as: HouseStyle.AppendixNumbering.self) {
                    style.appendices = v.value
                }
                style.appendixWord = numbering.present("appendix_word").flatMap { reader.text($0, named: "appendix_word") }?.value
            }
        }
        let all = (diagnostics + reader.diagnostics).sortedByLocation()
        return Result(style: all.hasErrors ? nil : style, diagnostics: all)
    }
}
