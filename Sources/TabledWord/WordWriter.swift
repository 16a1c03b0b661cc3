import Foundation
import TabledModel
import ZIPFoundation

/// Writes the document tree as a Word document (Office Open XML), through ZIPFoundation.
///
/// Styles are Word's own names (Title, Heading 1–3, Caption, Header, Footer), so a council's
/// `reference.docx` can restyle them, as Pandoc's does. Every entry carries one fixed date,
/// so the same paper gives the same bytes every run.
public struct WordWriter: Sendable {
    /// `word/styles.xml` from a council's reference.docx; nil for Tabled's own.
    public var referenceStyles: String?

    public init(referenceStyles: String? = nil) {
        self.referenceStyles = referenceStyles
    }

    /// A document that could not be put together.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// The styles of a reference.docx, for `referenceStyles`.
    public static func styles(fromReference data: Data) throws(Failure) -> String {
        do {
            let archive = try Archive(data: data, accessMode: .read)
            guard let entry = archive["word/styles.xml"] else { throw Failure(description: "it has no word/styles.xml") }
            var styles = Data()
            _ = try archive.extract(entry, consumer: { styles.append($0) })
            return String(decoding: styles, as: UTF8.self)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "it is not a Word document (\(error))")
        }
    }

    /// One part of a document: a paper, or a pack's front sheet or one of its items.
    public struct Part: Sendable {
        public var blocks: [Block]
        /// Put before the part's anchors and links, so papers joined in a pack keep theirs apart.
        public var anchorPrefix: String
        /// A bookmark at the part's start, for the pack's contents to link to.
        public var anchor: String?
        public var startsOnNewPage: Bool
        /// Each link to a place in the document is followed by the page it is on, as a
        /// PAGEREF field that Word and LibreOffice work out: a pack's contents.
        public var pageNumbers = false

        public init(blocks: [Block], anchorPrefix: String = "", anchor: String? = nil, startsOnNewPage: Bool = false, pageNumbers: Bool = false) {
            self.pageNumbers = pageNumbers
            self.blocks = blocks
            self.anchorPrefix = anchorPrefix
            self.anchor = anchor
            self.startsOnNewPage = startsOnNewPage
        }
    }

    public func document(_ blocks: [Block], properties: WordProperties) throws(Failure) -> Data {
        try document(parts: [Part(blocks: blocks)], properties: properties)
    }

    public func document(parts: [Part], properties: WordProperties) throws(Failure) -> Data {
        var body = WordBody()
        if properties.exempt { body.banner("NOT FOR PUBLICATION") }
        for part in parts {
            body.anchorPrefix = ""
            body.start(newPage: part.startsOnNewPage, anchor: part.anchor)
            body.anchorPrefix = part.anchorPrefix
            body.pageNumbers = part.pageNumbers
            body.write(part.blocks)
        }
        let parts: [(String, String)] = [
            ("[Content_Types].xml", Self.contentTypes),
            ("_rels/.rels", Self.packageRelationships),
            ("docProps/core.xml", Self.core(properties)),
            ("docProps/app.xml", Self.app),
            ("word/document.xml", Self.document(body.xml, landscape: body.endsInLandscape)),
            ("word/_rels/document.xml.rels", Self.documentRelationships(body.links)),
            ("word/styles.xml", referenceStyles ?? Self.styles(accent: properties.accent)),
            ("word/settings.xml", Self.settings),
            ("word/numbering.xml", Self.numbering(body.lists)),
            ("word/header1.xml", Self.header(properties)),
            ("word/footer1.xml", Self.footer),
        ]
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            // 1 January 1980, the earliest date a ZIP entry can carry.
            let fixed = Date(timeIntervalSince1970: 315_532_800)
            for (path, text) in parts {
                let data = Data(text.utf8)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: fixed,
                                     compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw Failure(description: "the document could not be assembled") }
            return data
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "the document could not be assembled: \(error)")
        }
    }

    static let namespaces = """
        xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        """

    static func document(_ text: String, landscape: Bool = false) -> String {
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document \(namespaces)><w:body>\(text)\(sectionProperties(landscape: landscape))</w:body></w:document>
            """
    }

    /// An A4 section with Tabled's margins, header and footer: portrait, or landscape for a
    /// table too wide for the portrait page. In the body it closes the document's last section;
    /// in a paragraph, the section that ends there.
    static func sectionProperties(landscape: Bool) -> String {
        let size = landscape ? "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>" : "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
        return """
            <w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/><w:footerReference w:type="default" r:id="rIdFooter"/>\
            \(size)<w:pgMar w:top="1134" w:right="1020" w:bottom="1134" w:left="1020" w:header="567" w:footer="567" w:gutter="0"/>\
            </w:sectPr>
            """
    }

    static func header(_ properties: WordProperties) -> String {
        let parts = properties.header
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:hdr \(namespaces)><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:t xml:space="preserve">\
            \(XMLText.escape(parts.joined(separator: " · ")))</w:t></w:r></w:p></w:hdr>
            """
    }

    static let footer = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:ftr \(namespaces)><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="right"/></w:pPr>\
        <w:r><w:t xml:space="preserve">Page </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>\
        <w:r><w:t xml:space="preserve"> of </w:t></w:r><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>
        """

    static func core(_ properties: WordProperties) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>\(XMLText.escape(properties.title))</dc:title>\
        <dc:creator>\(XMLText.escape(properties.author ?? ""))</dc:creator>\
        <dcterms:created xsi:type="dcterms:W3CDTF">\(properties.date)T00:00:00Z</dcterms:created>\
        <dcterms:modified xsi:type="dcterms:W3CDTF">\(properties.date)T00:00:00Z</dcterms:modified></cp:coreProperties>
        """
    }

    static let app = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Tabled</Application></Properties>
        """

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
        <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\
        <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
        <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>
        """

    static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>
        """

    static func documentRelationships(_ links: [(id: String, target: String)]) -> String {
        let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        var out = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rIdStyles" Type="\(base)styles" Target="styles.xml"/>\
            <Relationship Id="rIdSettings" Type="\(base)settings" Target="settings.xml"/>\
            <Relationship Id="rIdNumbering" Type="\(base)numbering" Target="numbering.xml"/>\
            <Relationship Id="rIdHeader" Type="\(base)header" Target="header1.xml"/>\
            <Relationship Id="rIdFooter" Type="\(base)footer" Target="footer1.xml"/>
            """
        for link in links {
            out += "<Relationship Id=\"\(link.id)\" Type=\"\(base)hyperlink\" Target=\"\(XMLText.escape(link.target))\" TargetMode=\"External\"/>"
        }
        return out + "</Relationships>"
    }

    /// `word/numbering.xml`: a bulleted and a numbered list definition, and one instance per
    /// list written (a numbered list starting where the paper's does).
    static func numbering(_ lists: [(ordered: Bool, start: Int)]) -> String {
        func level(_ ordered: Bool) -> String {
            "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(ordered ? "decimal" : "bullet")\"/>"
                + "<w:lvlText w:val=\"\(ordered ? "%1." : "\u{2022}")\"/><w:lvlJc w:val=\"left\"/>"
                + "<w:pPr><w:ind w:left=\"\(WordBody.listStep)\" w:hanging=\"\(WordBody.listStep)\"/></w:pPr></w:lvl>"
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:numbering \(namespaces)>"
        out += "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/>\(level(false))</w:abstractNum>"
        out += "<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"singleLevel\"/>\(level(true))</w:abstractNum>"
        for (i, list) in lists.enumerated() {
            out += "<w:num w:numId=\"\(i + 1)\"><w:abstractNumId w:val=\"\(list.ordered ? 1 : 0)\"/>"
            if list.ordered { out += "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"\(list.start)\"/></w:lvlOverride>" }
            out += "</w:num>"
        }
        return out + "</w:numbering>"
    }

    static let settings = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:settings \(namespaces)><w:defaultTabStop w:val="851"/></w:settings>
        """
}
