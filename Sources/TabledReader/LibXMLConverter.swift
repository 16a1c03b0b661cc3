import CLibXML2
import Foundation

/// The only user of libxml2: HTML (committee system pages, exported papers) and XML (the
/// parts of a Word file, poppler's word boxes) in, a `MarkupTree` out.
///
/// The network and external entities are off, entities are not expanded, and libxml2's own
/// limits (depth, text size) stay on; the tree is copied out iteratively, capped at
/// `maximumNodes`, and libxml2's document freed before returning.
enum LibXMLConverter {
    enum Failure: Error, Equatable {
        /// Not a document libxml2 could make anything of.
        case unreadable
        /// More elements than any paper has.
        case tooManyNodes(limit: Int)
    }

    /// Ten million nodes is far more than any paper, and bounds the memory a hostile file can take.
    static let maximumNodes = 10_000_000

    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    static func html(_ bytes: [UInt8]) -> Result<MarkupTree, Failure> {
        _ = initialised
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, Int32(clamping: buffer.count), nil, nil, options)
                }
            }
        }
        return convert(document, lowercase: true)
    }

    static func xml(_ bytes: [UInt8]) -> Result<MarkupTree, Failure> {
        _ = initialised
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReadMemory($0, Int32(clamping: buffer.count), nil, nil, options)
                }
            }
        }
        return convert(document, lowercase: false)
    }

    private static func convert(_ document: xmlDocPtr?, lowercase: Bool) -> Result<MarkupTree, Failure> {
        guard let document else { return .failure(.unreadable) }
        defer { xmlFreeDoc(document) }
        guard let rootElement = xmlDocGetRootElement(document) else { return .failure(.unreadable) }
        var nodes: [MarkupTree.Node] = []
        // (libxml2 node, parent index in `nodes`)
        var stack: [(xmlNodePtr, Int?)] = [(rootElement, nil)]
        while let (pointer, parent) = stack.popLast() {
            guard nodes.count < maximumNodes else { return .failure(.tooManyNodes(limit: maximumNodes)) }
            let node = pointer.pointee
            let kind: MarkupTree.Node.Kind
            switch node.type {
            case XML_ELEMENT_NODE: kind = .element
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: kind = .text
            case XML_COMMENT_NODE: kind = .comment
            default: continue
            }
            var name = ""
            var attributes: [String: String] = [:]
            var text = ""
            if kind == .element {
                name = string(node.name)
                if let prefix = node.ns?.pointee.prefix { name = string(prefix) + ":" + name }
                if lowercase { name = name.lowercased() }
                var attribute = node.properties
                while let at = attribute {
                    var key = string(at.pointee.name)
                    if let prefix = at.pointee.ns?.pointee.prefix { key = string(prefix) + ":" + key }
                    if let value = xmlNodeGetContent(UnsafeMutableRawPointer(at).assumingMemoryBound(to: xmlNode.self)) {
                        attributes[lowercase ? key.lowercased() : key] = string(value)
                        tabled_xml_free(value)
                    }
                    attribute = at.pointee.next
                }
            } else if let content = node.content {
                text = string(content)
            }
            let index = nodes.count
            nodes.append(MarkupTree.Node(kind: kind, name: name, attributes: attributes, text: text, children: [], parent: parent,
                                         line: Int(xmlGetLineNo(pointer))))
            if let parent { nodes[parent].children.append(index) }
            if kind == .element {
                var children: [xmlNodePtr] = []
                var child = node.children
                while let at = child {
                    children.append(at)
                    child = at.pointee.next
                }
                for child in children.reversed() { stack.append((child, index)) }
            }
        }
        return .success(MarkupTree(nodes: nodes))
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>) -> String {
        String(cString: pointer)
    }

    private static func string(_ pointer: UnsafeMutablePointer<xmlChar>) -> String {
        String(cString: pointer)
    }
}
