import TabledModel

/// Reads a report's YAML into the located model: the first stage of the pipeline.
public enum ReportReader {
    /// The report, if the file could be read at all, and everything wrong with it.
    ///
    /// A report comes back even with errors in it, so that later checks can add
    /// theirs; callers stop before output when `diagnostics.hasErrors`.
    public struct Result: Sendable {
        public var report: Report?
        public var diagnostics: [Diagnostic]
    }

    static let reportKeys = [
        "kind", "label", "meeting", "title", "from", "wards", "divisions", "key_decision", "exempt",
        "purpose", "summary", "recommendations", "sections", "implications", "figures", "tables",
        "contacts", "background_papers", "appendices", "signed", "published",
    ]

    public static func read(_ text: String, file: String) -> Result {
        var diagnostics: [Diagnostic] = []
        guard let root = YAMLDocument.compose(text, file: file, diagnostics: &diagnostics) else {
            return Result(report: nil, diagnostics: diagnostics)
        }
        let reader = NodeReader(file: file)
        let report = reader.readReport(root)
        return Result(report: report, diagnostics: diagnostics + reader.diagnostics)
    }
}

extension NodeReader {
    func readReport(_ root: YAMLNode) -> Report? {
        guard let fields = fields(root, named: "the report", allowed: ReportReader.reportKeys, context: "the report") else {
            return nil
        }
        let title: Located<String>
        if let node = fields.present("title"), let value = text(node, named: "title") {
            title = value
        } else {
            if fields.present("title") == nil { missing("title", in: fields, example: "Learning Disability Service Partnership") }
            title = Located("", at: fields.location)
        }
        var report = Report(file: file, title: title)
        if let node = fields.present("kind"), let kind = choice(node, named: "kind", as: Report.Kind.self) {
            report.kind = kind.value
        }
        report.label = fields.present("label").flatMap { text($0, named: "label") }
        if let node = fields.present("meeting") {
            report.meeting = readMeeting(node)
        } else if report.kind == .report {
            missing("meeting", in: fields, example: "{body: Cabinet, date: 2006-03-21}")
        }
        report.from = fields.present("from").flatMap { text($0, named: "from") }
        if let node = fields["wards"] {
            report.wards = texts(node, named: "wards")
        } else if let node = fields["divisions"] {
            report.wards = texts(node, named: "divisions")
            report.areasHeading = .divisions
        }
        if let node = fields["key_decision"] {
            let read = readKeyDecision(node)
            report.keyDecision = read.decision
            report.forwardPlanPublished = read.published
        }
        if let node = fields["exempt"] { report.exempt = readExempt(node) }
        report.purpose = fields.present("purpose").flatMap { choice($0, named: "purpose", as: Report.Purpose.self) }
        report.summary = fields.present("summary").flatMap { prose($0, named: "summary") }
        if let node = fields.present("recommendations") {
            report.recommendations = readRecommendations(node)
        } else if report.kind == .report {
            missing("recommendations", in: fields, example: "{lead: The Cabinet is RECOMMENDED to, items: [...]}")
        }
        if let sections = fields.present("sections") {
            let written = list(sections, named: "sections")
            report.sections = written.compactMap(readSection)
            report.sectionsUnread = report.sections.count < written.count || (written.isEmpty && !NodeReader.isNull(sections))
        }
        report.implications = fields.present("implications").map(readImplications) ?? []
        report.figures = fields.present("figures").map(readFigures) ?? []
        for node in fields.present("tables").map({ list($0, named: "tables") }) ?? [] {
            if let table = readTable(node) {
                report.tables.append(table)
            } else if case .mapping = node, let id = node["id"]?.string {
                report.unreadableTables.append(id)
            }
        }
        report.contacts = fields.present("contacts").map { list($0, named: "contacts").compactMap(readContact) } ?? []
        if let node = fields["background_papers"] {
            report.backgroundPapers = texts(node, named: "background_papers")
        }
        report.appendices = fields.present("appendices").map { list($0, named: "appendices").compactMap(readAppendix) } ?? []
        report.signed = fields.present("signed").flatMap(readSignatory)
        report.published = fields.present("published").flatMap { date($0, named: "published") }
        return report
    }

    func readMeeting(_ node: YAMLNode) -> Meeting? {
        guard let fields = fields(node, named: "meeting", allowed: ["body", "date", "item", "reference"], context: "the meeting") else {
            return nil
        }
        let body = fields.present("body").flatMap { text($0, named: "body") }
        if fields.present("body") == nil { missing("body", in: fields, example: "Cabinet") }
        let date = fields.present("date").flatMap { self.date($0, named: "date") }
        if fields.present("date") == nil { missing("date", in: fields, example: "2006-03-21") }
        guard let body, let date else { return nil }
        return Meeting(
            body: body, date: date,
            item: fields.present("item").flatMap { text($0, named: "item") },
            reference: fields.present("reference").flatMap { text($0, named: "reference") }
        )
    }

    func readKeyDecision(_ node: YAMLNode) -> (decision: KeyDecision, published: Located<ISODate>?) {
        if NodeReader.boolean(node) == false || NodeReader.isNull(node) { return (.no, nil) }
        if NodeReader.boolean(node) == true {
            report(Diagnostic(.keyDecisionNeedsPlan, at: location(of: node), notes: [.init(.keyDecisionHelp)]))
            return (.no, nil)
        }
        guard let fields = fields(node, named: "key_decision", allowed: ["forward_plan", "published"], context: "key_decision") else {
            return (.no, nil)
        }
        let published = fields.present("published").flatMap { date($0, named: "published") }
        guard let plan = fields.present("forward_plan").flatMap({ text($0, named: "forward_plan") }) else {
            if fields.present("forward_plan") == nil { missing("forward_plan", in: fields, example: "FP/2006/012") }
            return (.no, nil)
        }
        return (.yes(forwardPlan: plan), published)
    }

    func readExempt(_ node: YAMLNode) -> ExemptNotice? {
        if NodeReader.boolean(node) == false || NodeReader.isNull(node) { return nil }
        if NodeReader.boolean(node) == true {
            report(Diagnostic(.exemptNeedsParagraphs, at: location(of: node),
                          notes: [.init(.exemptNeedsParagraphsHelp)]))
            return nil
        }
        guard let fields = fields(node, named: "exempt", allowed: ["paragraphs", "reason"], context: "the exempt notice") else {
            return nil
        }
        let paragraphs = fields.present("paragraphs").map { list($0, named: "paragraphs").compactMap { integer($0, named: "paragraphs") } } ?? []
        if paragraphs.isEmpty {
            report(Diagnostic(.exemptNeedsParagraphs, at: fields.location, notes: [.init(.exemptNeedsParagraphsHelp)]))
        }
        for paragraph in paragraphs where !(1...7).contains(paragraph.value) {
            report(Diagnostic(.badSchedule12A(paragraph.value), at: paragraph.location))
        }
        return ExemptNotice(paragraphs: paragraphs, reason: fields.present("reason").flatMap { prose($0, named: "reason") },
                            location: fields.location)
    }

    func readRecommendations(_ node: YAMLNode) -> Recommendations? {
        // A bare list is a list of items with no lead-in.
        if case .sequence = node {
            return Recommendations(lead: nil, items: list(node, named: "recommendations").compactMap(readRecommendation),
                                   location: location(of: node))
        }
        guard let fields = fields(node, named: "recommendations", allowed: ["lead", "lead_numbered", "items"], context: "the recommendations") else {
            return nil
        }
        let items = fields.present("items").map { list($0, named: "items").compactMap(readRecommendation) } ?? []
        if fields.present("items") == nil { missing("items", in: fields, example: "[- text: approve the agreement]") }
        let leadNumbered = fields.present("lead_numbered").flatMap { boolean($0, named: "lead_numbered") } ?? false
        return Recommendations(lead: fields.present("lead").flatMap { prose($0, named: "lead") }, items: items,
                               leadNumbered: leadNumbered, location: fields.location)
    }

    func readRecommendation(_ node: YAMLNode) -> Recommendation? {
        if case .scalar = node {
            return prose(node, named: "recommendation").map { Recommendation(id: nil, text: $0) }
        }
        guard let fields = fields(node, named: "recommendation", allowed: ["id", "text"], context: "a recommendation") else {
            return nil
        }
        guard let text = fields.present("text").flatMap({ prose($0, named: "text") }) else {
            if fields.present("text") == nil { missing("text", in: fields, example: "approve the agreement") }
            return nil
        }
        return Recommendation(id: fields.present("id").flatMap { self.text($0, named: "id") }, text: text)
    }

    func readSection(_ node: YAMLNode) -> ReportSection? {
        guard let fields = fields(node, named: "section", allowed: ["id", "title", "paragraphs"], context: "a section") else {
            return nil
        }
        guard let title = fields.present("title").flatMap({ text($0, named: "title") }) else {
            if fields.present("title") == nil { missing("title", in: fields, example: "Introduction") }
            return nil
        }
        let paragraphs = fields.present("paragraphs").map { list($0, named: "paragraphs").compactMap(readParagraph) } ?? []
        return ReportSection(id: fields.present("id").flatMap { text($0, named: "id") }, title: title, paragraphs: paragraphs)
    }

    func readParagraph(_ node: YAMLNode) -> SectionParagraph? {
        if case .scalar = node {
            return prose(node, named: "paragraph").map { .text(id: nil, text: $0) }
        }
        guard let fields = fields(node, named: "paragraph", allowed: ["id", "text", "table"], context: "a paragraph") else {
            return nil
        }
        if let table = fields.present("table") {
            return text(table, named: "table").map { .table($0) }
        }
        guard let text = fields.present("text").flatMap({ prose($0, named: "text") }) else {
            if fields.present("text") == nil { missing("text", in: fields, example: "The agreement will cover ...") }
            return nil
        }
        return .text(id: fields.present("id").flatMap { self.text($0, named: "id") }, text: text)
    }

    func readImplications(_ node: YAMLNode) -> [Implication] {
        entries(node, named: "implications").compactMap { key, value in
            guard Implication.kinds.contains(key.value) else {
                report(Diagnostic(.unknownKey(key.value, context: "implications"), at: key.location,
                                  notes: [.suggestion(for: key.value, among: Implication.kinds)]))
                return nil
            }
            return prose(value, named: key.value).map { Implication(kind: key, text: $0) }
        }
    }

    func readFigures(_ node: YAMLNode) -> [Figure] {
        entries(node, named: "figures").compactMap { name, value in
            guard let fields = fields(value, named: name.value, allowed: ["value", "unit", "formula"], context: "figure '\(name.value)'") else {
                return nil
            }
            guard let unit = fields.present("unit").flatMap(unit) else {
                if fields.present("unit") == nil { missing("unit", in: fields, example: "£m") }
                return nil
            }
            let formula = fields.present("formula").flatMap { text($0, named: "formula") }.map(WrittenFormula.init)
            let printed: Located<PrintedValue>
            if let valueNode = fields.present("value"), let raw = text(valueNode, named: "value") {
                var value = Amount.read(raw.value)
                // A unit printed in the value is the figure's own, as in a cell: "£5m" of a figure
                // in £ is £5,000,000; a percentage given for money disagrees, and is never dropped.
                if case .figure(_, let own?) = value, own != unit.value {
                    if let converted = value.converted(from: own, to: unit.value) {
                        value = converted
                    } else {
                        report(Diagnostic(.unitMismatch(raw.value, printed: own, column: unit.value), at: raw.location,
                                          notes: [.init(.unitMismatchHelp)]))
                        value = .illegible
                    }
                }
                printed = Located(value, at: raw.location)
            } else if formula != nil {
                printed = Located(.noFigure, at: fields.location)
            } else {
                if fields.present("value") == nil { missing("value", in: fields, example: "2.122") }
                return nil
            }
            return Figure(name: name, value: printed, unit: unit.value, formula: formula)
        }
    }

    func readContact(_ node: YAMLNode) -> Contact? {
        guard let fields = fields(node, named: "contact", allowed: ["name", "role", "phone", "email"], context: "a contact") else {
            return nil
        }
        guard let name = fields.present("name").flatMap({ text($0, named: "name") }) else {
            if fields.present("name") == nil { missing("name", in: fields, example: "Nick Welch") }
            return nil
        }
        return Contact(name: name,
                       role: fields.present("role").flatMap { text($0, named: "role") },
                       phone: fields.present("phone").flatMap { text($0, named: "phone") },
                       email: fields.present("email").flatMap { text($0, named: "email") })
    }

    func readAppendix(_ node: YAMLNode) -> Appendix? {
        guard let fields = fields(node, named: "appendix", allowed: ["id", "title", "label", "file", "exempt"], context: "an appendix") else {
            return nil
        }
        guard let title = fields.present("title").flatMap({ text($0, named: "title") }) else {
            if fields.present("title") == nil { missing("title", in: fields, example: "Annex 1") }
            return nil
        }
        return Appendix(id: fields.present("id").flatMap { text($0, named: "id") }, title: title,
                        label: fields.present("label").flatMap { text($0, named: "label") },
                        file: fields.present("file").flatMap { text($0, named: "file") },
                        exempt: fields.present("exempt").flatMap(readExempt))
    }

    func readSignatory(_ node: YAMLNode) -> Signatory? {
        guard let fields = fields(node, named: "signed", allowed: ["name", "role"], context: "signed") else {
            return nil
        }
        guard let name = fields.present("name").flatMap({ text($0, named: "name") }) else {
            if fields.present("name") == nil { missing("name", in: fields, example: "Charles Waddicor") }
            return nil
        }
        return Signatory(name: name, role: fields.present("role").flatMap { text($0, named: "role") })
    }
}
