extension WordWriter {
    /// Tabled's house style as Word styles: Arial, headings in the accent colour, a ruled
    /// Heading 1 like the HTML's h2, captions in bold.
    static func styles(accent: String?) -> String {
        let colour = accent.map { String($0.dropFirst()).uppercased() }.flatMap { $0.count == 6 ? $0 : nil } ?? "1B1B1B"
        func paragraphStyle(_ id: String, _ name: String, size: Int, bold: Bool = true, colour: String = "1B1B1B", outline: Int? = nil,
                            extra: String = "") -> String {
            """
            <w:style w:type="paragraph" w:styleId="\(id)"><w:name w:val="\(name)"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
            <w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/>\(outline.map { "<w:outlineLvl w:val=\"\($0)\"/>" } ?? "")\(extra)</w:pPr>\
            <w:rPr>\(bold ? "<w:b/>" : "")<w:color w:val="\(colour)"/><w:sz w:val="\(size)"/></w:rPr></w:style>
            """
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:styles \(namespaces)><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>\
            <w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/>\
            </w:pPr></w:pPrDefault></w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
            \(paragraphStyle("Title", "Title", size: 36, outline: 0))\
            \(paragraphStyle("Heading1", "heading 1", size: 28, colour: colour, outline: 1,
                             extra: "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"2\" w:color=\"6B6B6B\"/></w:pBdr>"))\
            \(paragraphStyle("Heading2", "heading 2", size: 24, colour: colour, outline: 2))\
            \(paragraphStyle("Heading3", "heading 3", size: 22, outline: 3))\
            \(paragraphStyle("Caption", "caption", size: 22))\
            <w:style w:type="paragraph" w:styleId="WideTable"><w:name w:val="Wide table"/><w:basedOn w:val="Normal"/>\
            <w:rPr><w:sz w:val="16"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>\
            <w:rPr><w:color w:val="4A4A4A"/><w:sz w:val="18"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>\
            <w:rPr><w:color w:val="4A4A4A"/><w:sz w:val="18"/></w:rPr></w:style>\
            <w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="\(colour == "1B1B1B" ? "1D4F91" : colour)"/>\
            <w:u w:val="single"/></w:rPr></w:style></w:styles>
            """
    }
}
