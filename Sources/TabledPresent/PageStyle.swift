import TabledModel

/// The per-paper part of the stylesheet: the house colours, and for print the running
/// header (body, date, item) and "Page N of M".
public enum PageStyle {
    public static func css(for report: Report, style: HouseStyle) -> String {
        css(header: header(for: report, style: style), style: style)
    }

    /// The running header's parts: the council, "Cabinet, 21 March 2006", "Item 7" (or an annex's label).
    public static func header(for report: Report, style: HouseStyle) -> [String] {
        var header: [String] = []
        // A printed exempt page must not pass for a public one.
        if let exempt = report.exempt { header.append(notForPublication(exempt)) }
        if let council = style.council { header.append(council) }
        if let meeting = report.meeting {
            header.append("\(meeting.body.value), \(meeting.date.value.longForm)")
            if let item = meeting.item?.value { header.append("Item \(item)") }
        } else if let label = report.label?.value {
            header.append(label)
        }
        return header
    }

    /// "NOT FOR PUBLICATION (paragraph 3)": the head of every exempt page.
    public static func notForPublication(_ exempt: ExemptNotice) -> String {
        let paragraphs = exempt.paragraphs.map { String($0.value) }
        return "NOT FOR PUBLICATION (paragraph\(paragraphs.count == 1 ? "" : "s") \(paragraphs.joined(separator: ", ")))"
    }

    /// Print-only CSS that WeasyPrint understands and browsers and the Nu checker do not, so it
    /// is given to the printer and kept out of the HTML: a table too long for a page says on each
    /// page it runs onto, at the head of the page, that it is continued ("Table 3: Capital
    /// programme (continued)"); its last row clears it, so the page after says nothing.
    public static let printOnly = """
        .table-box.long caption { string-set: continued content() " (continued)"; }
        .table-box.long tbody tr:last-child { string-set: continued ""; }
        @page { @top-right { content: string(continued, start); font-size: 9pt; font-weight: bold; color: #4a4a4a;
                             font-family: Arial, Helvetica, sans-serif; } }

        """

    /// The per-page CSS with a running header of the given parts, joined by middle dots.
    public static func css(header: [String], style: HouseStyle) -> String {
        var css = ""
        if !style.colours.isEmpty {
            let variables = HouseStyle.colourNames.compactMap { name in style.colours[name].map { "--\(name): \($0);" } }
            css += ":root { " + variables.joined(separator: " ") + " }\n"
        }
        css += "@page {\n"
        if !header.isEmpty {
            css += "  @top-left { content: \(cssString(header.joined(separator: " · "))); font-size: 9pt; color: #4a4a4a; font-family: Arial, Helvetica, sans-serif; }\n"
        }
        css += "  @bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); font-size: 9pt; color: #4a4a4a; font-family: Arial, Helvetica, sans-serif; }\n}\n"
        return css
    }

    /// A CSS string literal that nothing in it can leave: every control character, quote,
    /// backslash, brace, semicolon, at-sign and angle bracket is written as a CSS hex escape
    /// (`\7D `), so none can end the string (a form feed ends one, as a newline does), the
    /// rule, or the style element. Other printable characters are safe inside a string.
    static func cssString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let category = scalar.properties.generalCategory
            let plain = (v >= 0x20 && v < 0x7F && !"\"'\\{};@<>".unicodeScalars.contains(scalar))
                || (v >= 0xA0 && category != .lineSeparator && category != .paragraphSeparator && category != .format
                    && category != .control && category != .surrogate)
            if plain {
                out.unicodeScalars.append(scalar)
            } else if v == 0 || (v >= 0xD800 && v <= 0xDFFF) {
                // CSS replaces NUL and surrogates with U+FFFD; say so rather than escape them.
                out += "\\FFFD "
            } else {
                out += "\\" + String(v, radix: 16, uppercase: true) + " "
            }
        }
        return out + "\""
    }
}
