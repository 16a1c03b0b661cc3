internal import CLibXML2
import Foundation

/// The only user of libxml2: HTML (committee system pages, exported papers) and XML (the
/// parts of a Word file, poppler's word boxes) in, a `MarkupTree` out.
///
/// The network and external entities are off, entities are not expanded, and libxml2's own
/// limits (depth, text size) stay on; the tree is copied out iteratively, capped at
/// `maximumNodes`, and libxml2's document freed before returning.
///
/// libxml2 is loaded with `dlopen` when the first published paper is read, not linked: it
/// brings ICU, lzma and zlib behind it, costly at every run's start-up (BENCHMARKS.md), and
/// only `check` on a published HTML, Word or PDF paper needs it.
enum LibXMLConverter {
    enum Failure: Error, Equatable {
        /// Not a document libxml2 could make anything of.
        case unreadable
        /// More elements than any paper has.
        case tooManyNodes(limit: Int)
        /// libxml2 is not installed, or lacks a function Tabled calls: why the paper went unread.
        case libraryMissing(why: String)
        /// XML that declares entities: neither Word nor poppler writes any, and a few bytes of
        /// them referenced many times over expand past any memory.
        case declaresEntities

        static func libraryMissing(detail: String) -> Failure {
            .libraryMissing(why: "libxml2, which reads it, could not be loaded (\(detail)); install libxml2 (Debian: apt-get install libxml2)")
        }
    }

    /// Two million nodes is far more than any paper (a 77,000-row Word table is about 1.3
    /// million), and bounds the memory a hostile file can take.
    static let maximumNodes = 2_000_000

    /// Tags counted on the bytes before libxml2 builds its own tree of them, which takes some
    /// three hundred bytes a node: a 140 KB .docx of a million cells unpacks to 8 million tags,
    /// refused at once rather than parsed into 1.5 GB. Every element is one or two tags.
    static let maximumTags = 2 * maximumNodes

    /// The libxml2 that `dlopen` finds by its soname, initialised once; or why it could not be had.
    private static let loaded: Result<LibXML2, Failure> = LibXML2.load(soname: LibXML2.soname)

    static func html(_ bytes: [UInt8]) -> Result<MarkupTree, Failure> {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue)
        return read(bytes, with: { $0.htmlReadMemory }, options: options, lowercase: true)
    }

    static func xml(_ bytes: [UInt8]) -> Result<MarkupTree, Failure> {
        if declaresEntities(bytes) { return .failure(.declaresEntities) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        return read(bytes, with: { $0.xmlReadMemory }, options: options, lowercase: false)
    }

    /// Whether an XML document has `<!ENTITY` in it: searched on the bytes, before libxml2
    /// reads (and would expand, in attribute values) any of them.
    static func declaresEntities(_ bytes: [UInt8]) -> Bool {
        let marker = Array("<!ENTITY".utf8)
        guard bytes.count >= marker.count else { return false }
        var i = 0
        while i <= bytes.count - marker.count {
            if bytes[i] == 0x3C, bytes[i + 1] == 0x21, Array(bytes[i..<(i + marker.count)]) == marker { return true }
            i += 1
        }
        return false
    }

    /// Whether the bytes hold more than `limit` tags ('<'), counted with memchr.
    static func hasMoreTags(_ bytes: [UInt8], than limit: Int) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard var at = buffer.baseAddress else { return false }
            var left = buffer.count, tags = 0
            while left > 0, let found = memchr(at, 0x3C, left) {
                tags += 1
                if tags > limit { return true }
                let next = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) + 1
                left -= at.distance(to: next)
                at = next
            }
            return false
        }
    }

    /// Parses the bytes with one of libxml2's readers, once the library is loaded.
    private static func read(_ bytes: [UInt8], with parser: (LibXML2) -> LibXML2.ReadMemory, options: Int32,
                             lowercase: Bool) -> Result<MarkupTree, Failure> {
        if hasMoreTags(bytes, than: maximumTags) { return .failure(.tooManyNodes(limit: maximumNodes)) }
        return loaded.flatMap { library in
            let document = bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.flatMap { base in
                    base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                        parser(library)($0, Int32(clamping: buffer.count), nil, nil, options)
                    }
                }
            }
            return convert(document, lowercase: lowercase, library)
        }
    }

    private static func convert(_ document: xmlDocPtr?, lowercase: Bool, _ library: LibXML2) -> Result<MarkupTree, Failure> {
        guard let document else { return .failure(.unreadable) }
        defer { library.xmlFreeDoc(document) }
        guard let rootElement = library.xmlDocGetRootElement(document) else { return .failure(.unreadable) }
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
                    if let value = library.xmlNodeGetContent(UnsafeMutableRawPointer(at).assumingMemoryBound(to: xmlNode.self)) {
                        attributes[lowercase ? key.lowercased() : key] = string(value)
                        library.xmlFree(value)
                    }
                    attribute = at.pointee.next
                }
            } else if let content = node.content {
                text = string(content)
            }
            let index = nodes.count
            nodes.append(MarkupTree.Node(kind: kind, name: name, attributes: attributes, text: text, children: [], parent: parent,
                                         line: Int(library.xmlGetLineNo(pointer))))
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

/// The libxml2 functions Tabled calls, looked up in the library `dlopen` loaded; the types
/// still come from libxml2's headers.
struct LibXML2: @unchecked Sendable {
    /// The name Debian's libxml2 package installs, and the ABI these signatures are for.
    static let soname = "libxml2.so.2"

    typealias ReadMemory = @convention(c) (UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UnsafePointer<CChar>?, Int32) -> xmlDocPtr?
    typealias FreeDocument = @convention(c) (xmlDocPtr?) -> Void
    typealias RootElement = @convention(c) (UnsafePointer<xmlDoc>?) -> xmlNodePtr?
    typealias NodeContent = @convention(c) (UnsafePointer<xmlNode>?) -> UnsafeMutablePointer<xmlChar>?
    typealias LineNumber = @convention(c) (UnsafePointer<xmlNode>?) -> Int
    typealias Free = @convention(c) (UnsafeMutableRawPointer?) -> Void
    typealias InitParser = @convention(c) () -> Void

    let htmlReadMemory: ReadMemory
    let xmlReadMemory: ReadMemory
    let xmlFreeDoc: FreeDocument
    let xmlDocGetRootElement: RootElement
    let xmlNodeGetContent: NodeContent
    let xmlGetLineNo: LineNumber
    /// libxml2's deallocator, read from its `xmlFree` variable: what it allocated goes back to it.
    let xmlFree: Free

    /// Loads the library, looks every function up and initialises the parser; the library
    /// stays loaded for the life of the process.
    static func load(soname: String) -> Result<LibXML2, LibXMLConverter.Failure> {
        guard let handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL) else {
            return .failure(.libraryMissing(detail: dlerror().map { String(cString: $0) } ?? soname))
        }
        let names = ["htmlReadMemory", "xmlReadMemory", "xmlFreeDoc", "xmlDocGetRootElement", "xmlNodeGetContent", "xmlGetLineNo",
                     "xmlFree", "xmlInitParser"]
        let addresses = names.map { dlsym(handle, $0) }
        let missing = zip(names, addresses).filter { $0.1 == nil }.map(\.0)
        guard missing.isEmpty else {
            return .failure(.libraryMissing(detail: "\(soname) has no \(missing.joined(separator: ", "))"))
        }
        let found = addresses.map { $0! }
        guard let free = found[6].assumingMemoryBound(to: Free?.self).pointee else {
            return .failure(.libraryMissing(detail: "\(soname) has no deallocator set"))
        }
        unsafeBitCast(found[7], to: InitParser.self)()
        return .success(LibXML2(htmlReadMemory: unsafeBitCast(found[0], to: ReadMemory.self),
                                xmlReadMemory: unsafeBitCast(found[1], to: ReadMemory.self),
                                xmlFreeDoc: unsafeBitCast(found[2], to: FreeDocument.self),
                                xmlDocGetRootElement: unsafeBitCast(found[3], to: RootElement.self),
                                xmlNodeGetContent: unsafeBitCast(found[4], to: NodeContent.self),
                                xmlGetLineNo: unsafeBitCast(found[5], to: LineNumber.self),
                                xmlFree: free))
    }
}
