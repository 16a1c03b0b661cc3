/// An HTML or XML document as a flat list of nodes, read once out of libxml2 so that every
/// reader walks Swift values (and iteratively: a page may nest ten thousand tables).
struct MarkupTree: Sendable {
    struct Node: Sendable {
        enum Kind: Sendable { case element, text, comment }
        var kind: Kind
        /// Element name, lower-cased for HTML, with its namespace prefix for XML (`w:tbl`).
        var name: String
        var attributes: [String: String]
        /// Text and comment content; empty for elements.
        var text: String
        var children: [Int]
        var parent: Int?
        var line: Int
    }

    var nodes: [Node]

    /// The root element's index.
    var root: Int { 0 }

    /// Every element below `index` (not itself) in document order, without recursion.
    func descendants(of index: Int) -> [Int] {
        var found: [Int] = []
        var stack = nodes[index].children.reversed() as [Int]
        while let next = stack.popLast() {
            found.append(next)
            stack += nodes[next].children.reversed()
        }
        return found
    }

    /// The text under `index`, in document order, runs of white space made one space.
    /// Elements `raised` (set as superscript) are a footnote's marker, written as one
    /// (`PrintedTableReading.footnoteMarker`): "43,900<sup>2</sup>" reads "43,900²", not 43,9002.
    func text(of index: Int, skipping skip: (Node) -> Bool = { _ in false }, raised: (Int) -> Bool = { _ in false }) -> String {
        var out = ""
        var stack = [index]
        while let next = stack.popLast() {
            let node = nodes[next]
            switch node.kind {
            case .text: out += node.text
            case .comment: break
            case .element:
                if next != index && skip(node) { continue }
                if next != index && raised(next) {
                    out += PrintedTableReading.footnoteMarker(text(of: next, skipping: skip))
                    continue
                }
                // Block boundaries and breaks are spaces, so "Total<br>net" does not read "Totalnet".
                if node.name == "br" || node.name == "p" || node.name == "div" || node.name == "w:p" || node.name == "w:tab"
                    || node.name == "w:br" || node.name == "w:cr" { out += " " }
                stack += node.children.reversed()
            }
        }
        return Self.spacesCollapsed(out)
    }

    /// `text` with each run of white space one space, none at either end. ASCII text, a
    /// table's figures and most labels, is done on the bytes: asking each Character whether it
    /// is white space was the most time a long table's cells took.
    static func spacesCollapsed(_ text: String) -> String {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        var ascii = true, tidy = true
        var previous: UInt8 = 0x20
        for byte in text.utf8 {
            if byte >= 0x80 { ascii = false; break }
            if isSpace(byte) && (byte != 0x20 || isSpace(previous)) { tidy = false }
            previous = byte
        }
        guard ascii else { return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
        if tidy && !isSpace(previous) { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if isSpace(byte) {
                pendingSpace = !bytes.isEmpty
            } else {
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The nearest enclosing element named `name`.
    func ancestor(of index: Int, named name: String) -> Int? {
        var current = nodes[index].parent
        while let at = current {
            if nodes[at].kind == .element && nodes[at].name == name { return at }
            current = nodes[at].parent
        }
        return nil
    }

    /// Child elements named `name`.
    func children(of index: Int, named name: String) -> [Int] {
        nodes[index].children.filter { nodes[$0].kind == .element && nodes[$0].name == name }
    }

    /// For every node, how many nodes its subtree holds (itself included) and whether an
    /// element named `name` is below it: worked out once, children before parents, so that
    /// ten thousand nested tables stay linear.
    func subtrees(holding name: String) -> (size: [Int], holds: [Bool]) {
        var size = [Int](repeating: 1, count: nodes.count)
        var holds = [Bool](repeating: false, count: nodes.count)
        for index in nodes.indices.reversed() {
            guard let parent = nodes[index].parent else { continue }
            size[parent] += size[index]
            if holds[index] || (nodes[index].kind == .element && nodes[index].name == name) { holds[parent] = true }
        }
        return (size, holds)
    }
}
