import TabledModel

extension NodeReader {
    static let tableKeys = ["id", "caption", "caption_number", "unit", "negative", "label", "columns", "rows", "tolerance", "note", "notes"]
    static let columnKeys = ["id", "label", "total", "formula", "text", "unit", "check", "group"]
    static let rowKeys = ["id", "label", "values", "total", "formula", "heading", "marker", "unit", "less"]

    func readTable(_ node: YAMLNode) -> BudgetTable? {
        let tableLocation = location(of: node)
        guard let fields = fields(node, named: "table", allowed: NodeReader.tableKeys, context: "a table") else {
            return nil
        }
        let id = fields.present("id").flatMap { text($0, named: "id") }
        if fields.present("id") == nil { missing("id", in: fields, example: "contributions") }
        let context = id.map { "table '\($0.value)'" } ?? "the table"
        let caption = fields.present("caption").flatMap { text($0, named: "caption") }
        if fields.present("caption") == nil {
            missing("caption", in: Fields(node: node, location: fields.location, context: context, entries: []),
                    example: "Contributions to the pooled budget")
        }
        let unit = fields.present("unit").flatMap(unit)
        if fields.present("unit") == nil {
            missing("unit", in: Fields(node: node, location: fields.location, context: context, entries: []),
                    example: "£m")
        }
        var exact = false
        if let tolerance = fields.present("tolerance") {
            if let raw = text(tolerance, named: "tolerance"), raw.value == "0" {
                exact = true
            } else {
                report(Diagnostic(.badTolerance, at: location(of: tolerance)))
            }
        }
        let columns = fields.present("columns").map { list($0, named: "columns").compactMap(readColumn) } ?? []
        if fields.present("columns") == nil {
            missing("columns", in: Fields(node: node, location: fields.location, context: context, entries: []),
                    example: "[2005/06 Budget, 2006/07 Budget]")
        }
        let rows = fields.present("rows").map { list($0, named: "rows").compactMap(readRow) } ?? []
        // Without its caption a table is still checked, under its id: its figures' slips are independent.
        guard let id, let unit, let caption = caption ?? (fields.present("caption") == nil ? id : nil) else { return nil }
        var table = BudgetTable(
            id: id, caption: caption, unit: unit,
            negative: fields.present("negative").flatMap { choice($0, named: "negative", as: NegativeStyle.self) }?.value,
            label: fields.present("label").flatMap { text($0, named: "label") },
            columns: columns, rows: rows, exact: exact,
            note: fields.present("note").flatMap { prose($0, named: "note") },
            location: tableLocation
        )
        table.numbered = fields.present("caption_number").flatMap { boolean($0, named: "caption_number") } ?? true
        table.notes = fields.present("notes").map { list($0, named: "notes").compactMap(readTableNote) } ?? []
        return table
    }

    func readColumn(_ node: YAMLNode) -> TableColumn? {
        let columnLocation = location(of: node)
        // A column with an empty label is reported once and kept, so that the rows' values still line up.
        if case .scalar = node {
            let label = text(node, named: "column") ?? Located("", at: columnLocation)
            return TableColumn(id: nil, label: label, kind: .values, unit: nil, checked: true, location: columnLocation)
        }
        guard let fields = fields(node, named: "column", allowed: NodeReader.columnKeys, context: "a column") else {
            return nil
        }
        let written = fields.present("label").flatMap({ text($0, named: "label") })
        if fields.present("label") == nil { missing("label", in: fields, example: "2006/07 Budget") }
        let label = written ?? Located("", at: columnLocation)
        var kind = TableColumn.Kind.values
        if fields.present("total") != nil && fields.present("formula") != nil {
            report(Diagnostic(.totalAndFormula, at: fields.location))
        }
        if let total = fields.present("total"), let raw = text(total, named: "total") {
            if raw.value == "sum" {
                kind = .sum
            } else {
                report(Diagnostic(.badTotal(raw.value, choices: ["sum"]), at: raw.location))
            }
        } else if let formula = fields.present("formula").flatMap({ text($0, named: "formula") }) {
            kind = .formula(WrittenFormula(formula))
        }
        if let textFlag = fields.present("text"), boolean(textFlag, named: "text") == true {
            kind = .text
        }
        let checked = fields.present("check").flatMap { boolean($0, named: "check") } ?? true
        var column = TableColumn(id: fields.present("id").flatMap { text($0, named: "id") }, label: label, kind: kind,
                                 unit: fields.present("unit").flatMap(unit), checked: checked, location: columnLocation)
        column.group = fields.present("group").flatMap { text($0, named: "group") }
        return column
    }

    /// A note as text, or `{marker: "*", text: ...}`.
    private func readTableNote(_ node: YAMLNode) -> TableNote? {
        if case .scalar = node { return prose(node, named: "notes").map { TableNote(marker: nil, text: $0) } }
        guard let fields = fields(node, named: "note", allowed: ["marker", "text"], context: "a table note") else { return nil }
        guard let text = fields.present("text").flatMap({ prose($0, named: "text") }) else {
            if fields.present("text") == nil { missing("text", in: fields, example: "Includes capital receipts.") }
            return nil
        }
        return TableNote(marker: fields.present("marker").flatMap { self.text($0, named: "marker") }, text: text)
    }

    func readRow(_ node: YAMLNode) -> TableRow? {
        let rowLocation = location(of: node)
        if case .sequence(let sequence) = node {
            let items = Array(sequence)
            // [Less: income, 40] is YAML for a mapping of 'Less' to 'income': the label meant, with
            // its colon. Said once, and the row kept so that the totals over it still add up.
            if let first = items.first, case .mapping(let mapping) = first, mapping.pairs.count == 1,
               case .scalar(let key) = mapping.pairs[0].key, case .scalar(let value) = mapping.pairs[0].value {
                let label = "\(key.string): \(value.string)"
                report(Diagnostic(.rowNeedsLabel, at: location(of: first), notes: [.init(.quoteColonLabelHelp(label))]))
                var row = TableRow(id: nil, label: Located(label, at: location(of: first)), kind: .data,
                                   cells: items.dropFirst().compactMap(readCell), location: rowLocation)
                row.subtracted = TableRow.saysLess(label)
                return row
            }
            guard let first = items.first, case .scalar = first, let label = text(first, named: "label", allowEmpty: true) else {
                report(Diagnostic(.rowNeedsLabel, at: rowLocation, notes: [.init(.rowNeedsLabelHelp)]))
                return nil
            }
            var row = TableRow(id: nil, label: label, kind: .data, cells: items.dropFirst().compactMap(readCell), location: rowLocation)
            row.subtracted = TableRow.saysLess(label.value)
            return row
        }
        guard let fields = fields(node, named: "row", allowed: NodeReader.rowKeys, context: "a row") else {
            return nil
        }
        if let heading = fields.present("heading") {
            // Values on a heading are kept so that the checker can say they do not belong.
            let cells = fields["values"].map { list($0, named: "values").compactMap(readCell) } ?? []
            return text(heading, named: "heading").map {
                TableRow(id: fields.present("id").flatMap { text($0, named: "id") }, label: $0, kind: .heading, cells: cells,
                         location: rowLocation)
            }
        }
        // A total or subtotal row often prints no label; an empty one is allowed, and may be left out there.
        let unlabelled = fields.present("label") == nil && fields.present("total") != nil ? Located("", at: fields.location) : nil
        guard let label = fields.present("label").flatMap({ text($0, named: "label", allowEmpty: true) }) ?? unlabelled else {
            if fields.present("label") == nil { missing("label", in: fields, example: "TOTAL (gross)") }
            return nil
        }
        var kind = TableRow.Kind.data
        if fields.present("total") != nil && fields.present("formula") != nil {
            report(Diagnostic(.totalAndFormula, at: fields.location))
        }
        if let total = fields.present("total"), let raw = text(total, named: "total") {
            if let kindOfTotal = TableRow.Total(rawValue: raw.value), kindOfTotal != .grand {
                kind = .total(kindOfTotal)
            } else {
                report(Diagnostic(.badTotal(raw.value, choices: ["sum", "subtotal", "below"]), at: raw.location))
            }
        } else if let formula = fields.present("formula").flatMap({ text($0, named: "formula") }) {
            kind = .formula(WrittenFormula(formula))
        }
        let cells = fields["values"].map { list($0, named: "values").compactMap(readCell) } ?? []
        var row = TableRow(id: fields.present("id").flatMap { text($0, named: "id") }, label: label, kind: kind, cells: cells,
                        location: rowLocation)
        row.marker = fields.present("marker").flatMap { text($0, named: "marker") }
        row.unit = fields.present("unit").flatMap(unit)
        row.subtracted = fields.present("less").flatMap { boolean($0, named: "less") } ?? TableRow.saysLess(label.value)
        return row
    }

    /// A cell as written: a YAML number keeps its own digits, a null is no figure.
    func readCell(_ node: YAMLNode) -> TableCell? {
        guard case .scalar(let scalar) = node else {
            // Reported once, and kept in its place so that the row's other values still line up.
            wrongType("value", expected: "a figure or text", node)
            return TableCell(text: Located("", at: location(of: node)), value: .illegible)
        }
        let written = NodeReader.isNull(node) ? "" : scalar.string
        return TableCell.reading(Located(written, at: location(of: node)))
    }
}
