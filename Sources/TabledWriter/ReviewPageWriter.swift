import TabledModel

/// Writes `tabled check --format html`'s review page: a summary, then every table of the
/// paper as it was found, the cells that do not add up highlighted with the expected figure,
/// the printed one and the difference beside them, and tables not checked marked with why.
public struct ReviewPageWriter: Sendable {
    public init() {}

    public func page(_ paper: ReviewedPaper) -> String {
        var body = "<main>\n"
        if paper.isConfidential {
            body += "<p class=\"not-for-publication\"><strong>NOT FOR PUBLICATION</strong>: this paper holds exempt information "
                + "(Schedule 12A, Local Government Act 1972), and this page shows its tables.</p>\n"
        }
        body += "<h1>Review of \(text(paper.file))</h1>\n"
        body += "<p class=\"lead\">Tabled read every table in this paper and checked that its totals, subtotals, "
            + "balances and formulas add up, allowing for rounding. Each table is shown below as it was read.</p>\n"
        body += summary(paper)
        if !paper.otherDiagnostics.isEmpty {
            body += "<section aria-labelledby=\"other\">\n<h2 id=\"other\">Outside the tables</h2>\n"
            body += findings(paper.otherDiagnostics)
            body += "</section>\n"
        }
        for (index, table) in paper.tables.enumerated() {
            body += section(table, anchor: "table-\(index + 1)", number: index + 1)
        }
        body += "</main>\n"
        let shell = HTMLWriter()
        return shell.document(HTMLWriter.Page(title: "Review of \(Self.clean(paper.file))", stylesheet: Self.stylesheet), bodyHTML: body)
    }

    // MARK: Summary

    private func summary(_ paper: ReviewedPaper) -> String {
        let errors = paper.count { $0 == .error }
        let rounding = paper.count { $0 == .withinRounding }
        let passes = paper.count { $0 == .pass }
        let partly = paper.count { $0 == .partlyChecked }
        let notChecked = paper.count { if case .notChecked = $0 { true } else { false } }
        let ignored = paper.count { $0 == .ignored }
        let otherErrors = paper.otherDiagnostics.filter { $0.severity == .error }.count
        var out = "<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">Summary</h2>\n"
        let headline: (String, String)
        if paper.tables.isEmpty {
            headline = (otherErrors > 0 ? "error" : "not-checked",
                        otherErrors > 0 ? "The paper could not be checked: see below." : "No tables were found in this paper.")
        } else if errors > 0 {
            headline = ("error", "\(errors) of \(Self.count(paper.tables.count, "table")) \(errors == 1 ? "does" : "do") not add up.")
        } else if passes + rounding + partly == 0 {
            headline = ("not-checked", "No table could be checked.")
        } else if partly > 0 {
            headline = ("partly", "Nothing checked was found wrong, but \(Self.count(partly, "table")) \(partly == 1 ? "was" : "were") "
                + "only partly checked: the shaded figures took part in no check.")
        } else {
            headline = ("pass", "Every table that could be checked adds up"
                + (rounding > 0 ? ", \(rounding == 1 ? "one" : "some") only within rounding." : "."))
        }
        out += "<p class=\"headline \(headline.0)\">\(text(headline.1))</p>\n"
        out += "<ul class=\"counts\">\n"
        out += "<li>\(Self.count(paper.tables.count, "table")) found</li>\n"
        out += "<li><span class=\"badge pass\">\(passes) \(passes == 1 ? "adds" : "add") up</span></li>\n"
        out += "<li><span class=\"badge rounding\">\(rounding) within rounding</span></li>\n"
        out += "<li><span class=\"badge partly\">\(partly) partly checked</span></li>\n"
        out += "<li><span class=\"badge error\">\(errors) \(errors == 1 ? "does" : "do") not add up</span></li>\n"
        out += "<li><span class=\"badge not-checked\">\(notChecked) not checked</span></li>\n"
        if ignored > 0 { out += "<li><span class=\"badge ignored\">\(ignored) left alone by a hint</span></li>\n" }
        out += "</ul>\n"
        if !paper.tables.isEmpty {
            let figures = paper.tables.reduce(0) { $0 + $1.figures }
            let checked = paper.tables.reduce(0) { $0 + $1.figuresChecked }
            out += "<p class=\"coverage\">\(checked) of \(Self.count(figures, "printed figure")) took part in at least one check. "
                + "<span class=\"legend\"><span class=\"swatch unchecked\"></span> A shaded figure took part in none: "
                + "nothing in the table adds it up or adds up to it.</span></p>\n"
            out += "<table class=\"index\">\n<thead><tr><th scope=\"col\">Table</th><th scope=\"col\">Where</th>"
                + "<th scope=\"col\">Verdict</th><th scope=\"col\">Figures checked</th></tr></thead>\n<tbody>\n"
            for (index, table) in paper.tables.enumerated() {
                out += "<tr><td><a href=\"#table-\(index + 1)\">\(text(table.name))</a></td><td>\(text(table.location.place))</td>"
                    + "<td>\(badge(table.verdict))</td><td>\(table.figuresChecked) of \(table.figures)</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        return out + "</section>\n"
    }

    private static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }

    private func badge(_ verdict: ReviewedTable.Verdict) -> String {
        switch verdict {
        case .error: "<span class=\"badge error\">Does not add up</span>"
        case .withinRounding: "<span class=\"badge rounding\">Adds up within rounding</span>"
        case .pass: "<span class=\"badge pass\">Adds up</span>"
        case .partlyChecked: "<span class=\"badge partly\">Partly checked</span>"
        case .notChecked: "<span class=\"badge not-checked\">Not checked</span>"
        case .ignored: "<span class=\"badge ignored\">Left alone (hint)</span>"
        }
    }

    // MARK: Tables

    private func section(_ table: ReviewedTable, anchor: String, number: Int) -> String {
        var out = "<section class=\"review\" id=\"\(anchor)\" aria-labelledby=\"\(anchor)-title\">\n"
        out += "<h2 id=\"\(anchor)-title\">\(number). \(text(table.name)) \(badge(table.verdict))</h2>\n"
        out += "<p class=\"where\">\(text(table.location.description))</p>\n"
        if case .notChecked(let why, let notes) = table.verdict {
            out += "<div class=\"why\">\n<p>\(text(why))</p>\n"
            if !notes.isEmpty {
                out += "<ul>\n" + notes.map { "<li>\(text($0))</li>\n" }.joined() + "</ul>\n"
            }
            out += "</div>\n"
        }
        if table.verdict == .partlyChecked || (!table.uncheckedFigures.isEmpty && table.verdict != .ignored) {
            out += "<p class=\"coverage\">\(table.figuresChecked) of \(Self.count(table.figures, "figure")) took part in a check; "
                + "the \(table.uncheckedFigures.count) shaded took part in none.</p>\n"
        }
        out += grid(table, anchor: anchor)
        let listed = table.diagnostics.filter { if case .notChecked = $0.kind { false } else { true } }
        if !listed.isEmpty {
            out += "<h3>Findings</h3>\n" + findings(listed)
        }
        return out + "</section>\n"
    }

    private func grid(_ table: ReviewedTable, anchor: String) -> String {
        let printed = table.printed
        let width = printed.width
        guard width > 0 else { return "" }
        var flags: [Int: [Int: Diagnostic]] = [:]
        for flag in table.flagged { flags[flag.row, default: [:]][flag.column] = flag.diagnostic }
        let unchecked = Set(table.uncheckedFigures)
        var computed: [Int: [Int: String]] = [:]
        for cell in table.computed { computed[cell.row, default: [:]][cell.column] = cell.figure }

        var out = "<div class=\"table-box\" role=\"region\" aria-label=\"\(attribute(table.name))\" tabindex=\"0\">\n<table>\n"
        if let caption = printed.caption, !caption.isEmpty { out += "<caption>\(text(caption))</caption>\n" }
        if !printed.header.isEmpty {
            out += "<thead>\n"
            for (h, row) in printed.header.enumerated() {
                out += "<tr>"
                // A heading over several columns is printed in each of them; upper header rows join them again.
                let joins = h < printed.header.count - 1
                var c = 0
                while c < width {
                    let words = c < row.count ? row[c].text : ""
                    var span = 1
                    while joins, !words.isEmpty, c + span < width, c + span < row.count, row[c + span].text == words { span += 1 }
                    let scope = span > 1 ? " colspan=\"\(span)\" scope=\"colgroup\"" : " scope=\"col\""
                    out += words.isEmpty ? "<td></td>" : "<th\(scope)>\(text(words))</th>"
                    c += span
                }
                out += "</tr>\n"
            }
            out += "</thead>\n"
        }
        out += "<tbody>\n"
        for (r, row) in printed.rows.enumerated() {
            out += "<tr>"
            for c in 0..<width {
                let words = c < row.count ? row[c].text : ""
                if c == 0 {
                    out += words.isEmpty ? "<td></td>" : "<th scope=\"row\">\(text(words))</th>"
                } else if let diagnostic = flags[r]?[c] {
                    out += flagged(words, diagnostic, id: "\(anchor)-r\(r + 1)-c\(c + 1)")
                } else if let figure = computed[r]?[c], words.isEmpty {
                    out += "<td class=\"figure computed\">\(text(figure))<span class=\"finding\">blank; works out as this</span></td>"
                } else if unchecked.contains(.init(row: r, column: c)) {
                    out += "<td class=\"figure unchecked\">\(text(words))</td>"
                } else {
                    out += "<td class=\"figure\">\(text(words))</td>"
                }
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n</div>\n"
    }

    /// A cell an identity failed on: the printed figure marked, and what it should be beside it.
    private func flagged(_ words: String, _ diagnostic: Diagnostic, id: String) -> String {
        let severity = diagnostic.severity == .error ? "error" : "rounding"
        var out = "<td class=\"figure flagged \(severity)\" id=\"\(id)\"><mark>\(text(words))</mark>"
        if let arithmetic = diagnostic.arithmetic {
            out += "<span class=\"finding\">"
                + "<span>expected <b>\(text(arithmetic.expected.description))</b></span> "
                + "<span>printed <b>\(text(arithmetic.actual.description))</b></span> "
                + "<span>difference <b>\(text(arithmetic.difference.description))</b></span>"
                + "</span>"
        } else {
            out += "<span class=\"finding\">\(text(diagnostic.message))</span>"
        }
        return out + "</td>"
    }

    private func findings(_ diagnostics: [Diagnostic]) -> String {
        var out = "<ul class=\"findings\">\n"
        for diagnostic in diagnostics {
            out += "<li class=\"\(diagnostic.severity.rawValue)\"><span class=\"severity\">\(diagnostic.severity.rawValue)</span> "
                + "\(text(diagnostic.message)) <code>\(text(diagnostic.id))</code>"
                + "<br><span class=\"where\">\(text(diagnostic.location.description))</span>"
            if !diagnostic.notes.isEmpty {
                out += "\n<ul>\n" + diagnostic.notes.map { "<li>\(text($0.message))</li>\n" }.joined() + "</ul>\n"
            }
            out += "</li>\n"
        }
        return out + "</ul>\n"
    }

    // MARK: Text

    private func text(_ words: String) -> String {
        HTMLWriter().escape(Self.clean(words))
    }

    private func attribute(_ words: String) -> String {
        HTMLWriter().escapeAttribute(Self.clean(words))
    }

    /// Words from a published file may hold characters no HTML page may: control characters
    /// and noncharacters become U+FFFD.
    static func clean(_ words: String) -> String {
        guard words.unicodeScalars.contains(where: Self.isForbidden) else { return words }
        var out = String.UnicodeScalarView()
        for scalar in words.unicodeScalars { out.append(Self.isForbidden(scalar) ? "\u{FFFD}" : scalar) }
        return String(out)
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 { return v != 0x09 && v != 0x0A && v != 0x0D }
        if (0x7F...0x9F).contains(v) || (0xFDD0...0xFDEF).contains(v) { return true }
        return v & 0xFFFE == 0xFFFE
    }

    static let stylesheet = """
    :root { --ink: #1b1b1b; --muted: #555; --rule: #c8c8c8; --error: #b3261e; --error-bg: #fde7e6;
      --rounding: #8a5a00; --rounding-bg: #fff4d6; --pass: #1e6b35; --pass-bg: #e3f3e7; --partly: #3d4f7a; --partly-bg: #e6ebf5; --grey-bg: #eeeeee; }
    body { font-family: system-ui, "Segoe UI", Arial, sans-serif; color: var(--ink); margin: 0; line-height: 1.45; }
    main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
    h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
    h2 { font-size: 1.25rem; margin: 2rem 0 .25rem; border-top: 1px solid var(--rule); padding-top: 1rem; }
    h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
    .lead, .where { color: var(--muted); }
    .where { font-size: .9rem; margin: 0 0 .75rem; font-family: ui-monospace, Menlo, Consolas, monospace; }
    .headline { font-size: 1.15rem; font-weight: 600; padding: .6rem .8rem; border-left: .35rem solid; }
    .headline.error { border-color: var(--error); background: var(--error-bg); }
    .headline.pass { border-color: var(--pass); background: var(--pass-bg); }
    .headline.not-checked { border-color: var(--muted); background: var(--grey-bg); }
    .counts { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem 1rem; }
    .badge { display: inline-block; font-size: .8rem; font-weight: 600; padding: .1rem .5rem; border-radius: .8rem; vertical-align: middle; }
    .badge.error { background: var(--error-bg); color: var(--error); }
    .badge.rounding { background: var(--rounding-bg); color: var(--rounding); }
    .badge.pass { background: var(--pass-bg); color: var(--pass); }
    .badge.partly { background: var(--partly-bg); color: var(--partly); }
    .headline.partly { border-color: var(--partly); background: var(--partly-bg); }
    td.unchecked { background: #e9e9e9; color: #444444; }
    .swatch { display: inline-block; width: 1.4rem; height: .9rem; border: 1px solid var(--rule); vertical-align: middle; }
    .swatch.unchecked { background: #e9e9e9; }
    .coverage { color: var(--muted); }
    .not-for-publication { border: 2px solid var(--ink); padding: .5rem .8rem; }
    .badge.not-checked, .badge.ignored { background: var(--grey-bg); color: var(--muted); }
    .why { background: var(--grey-bg); padding: .5rem .8rem; margin-bottom: .75rem; }
    .why p { margin: 0; }
    .table-box { overflow-x: auto; max-width: 100%; }
    table { border-collapse: collapse; margin: .5rem 0; }
    caption { text-align: left; font-weight: 600; padding: .25rem 0; }
    th, td { border: 1px solid var(--rule); padding: .3rem .55rem; vertical-align: top; }
    thead th { background: #f4f4f4; text-align: center; }
    tbody th { text-align: left; font-weight: normal; }
    td.figure { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    td.flagged { outline: 3px solid var(--error); outline-offset: -3px; background: var(--error-bg); }
    td.flagged.rounding { outline-color: var(--rounding); background: var(--rounding-bg); }
    td.flagged mark { background: none; color: var(--error); font-weight: 700; }
    td.flagged.rounding mark { color: var(--rounding); text-decoration: none; }
    .finding { display: block; font-size: .8rem; text-align: left; white-space: normal; min-width: 9rem; }
    .finding > span { display: block; }
    td.computed { color: var(--muted); font-style: italic; }
    table.index td, table.index th { text-align: left; }
    .findings { padding-left: 1.2rem; }
    .findings li { margin-bottom: .4rem; }
    .severity { font-weight: 700; text-transform: uppercase; font-size: .75rem; }
    li.error .severity { color: var(--error); }
    li.warning .severity { color: var(--rounding); }
    code { font-size: .85rem; color: var(--muted); }
    @media print { .table-box { overflow: visible; } h2 { break-after: avoid; } }

    """
}
