import Mustache

/// A value as Mustache sees it: every view struct, every text and block token in them, every
/// list and every flag reaches the templates as this one type.
///
/// Mustache asks each value it meets whether it is a parent, a sequence, a lambda, something
/// renderable or an optional. The first time a type is asked about a protocol, the Swift
/// runtime scans every conformance in the program; a dozen view structs and the texts,
/// lists and flags inside them, asked five questions each, would each pay that scan (see
/// BENCHMARKS.md). Wrapped in this one type, they are asked once. A text is also a parent with no names, so a lookup made inside
/// `{{#from}}…{{/from}}` passes it by rather than reflecting the String with Mirror.
///
/// Each keeps what Mustache does with the value inside. A text prints as itself (escaped or
/// not, as the tag says), opens a section whatever it holds, and takes the String
/// transforms. A list opens its section once per item and takes the Array transforms. A
/// flag prints `true` or `false` and opens its section when true. A view, like a text,
/// opens its section once with itself on top. Mustache renders a section from a sequence,
/// so each is one: a list of its items, a true flag, a view or a text of itself alone.
struct MustacheView: MustacheParent, MustacheCustomRenderable, MustacheTransformable, MustacheSequence {
    private enum Content {
        case view(any MustacheParent)
        case text(String)
        case list([MustacheView])
        case flag(Bool)
    }

    private let content: Content

    init(_ base: any MustacheParent) {
        content = .view(base)
    }

    init(text: String) {
        content = .text(text)
    }

    private init(content: Content) {
        self.content = content
    }

    /// A field's text, for a lookup to hand on.
    static func text(_ text: String) -> MustacheView {
        MustacheView(text: text)
    }

    /// An optional text: nil stays nil, so that its section stays closed.
    static func text(_ text: String?) -> MustacheView? {
        text.map(MustacheView.init(text:))
    }

    static func text(_ texts: [String]) -> MustacheView {
        MustacheView(content: .list(texts.map(MustacheView.init(text:))))
    }

    /// A list of views, each item wrapped.
    static func list(_ views: [some MustacheParent]) -> MustacheView {
        MustacheView(content: .list(views.map(MustacheView.init)))
    }

    static func flag(_ flag: Bool) -> MustacheView {
        MustacheView(content: .flag(flag))
    }

    /// A block's place, as the token it prints.
    static func block(_ placement: Placement) -> MustacheView {
        MustacheView(text: placement.renderText)
    }

    static func block(_ placement: Placement?) -> MustacheView? {
        placement.map(block)
    }

    /// The view inside, if this is a view.
    var base: (any MustacheParent)? {
        guard case .view(let base) = content else { return nil }
        return base
    }

    /// The text inside, if this is a text.
    var text: String? {
        guard case .text(let text) = content else { return nil }
        return text
    }

    /// The items inside, if this is a list.
    var items: [MustacheView]? {
        guard case .list(let items) = content else { return nil }
        return items
    }

    /// The flag inside, if this is a flag.
    var flag: Bool? {
        guard case .flag(let flag) = content else { return nil }
        return flag
    }

    func child(named name: String) -> Any? {
        base?.child(named: name)
    }

    /// A text prints as itself and a flag as `true` or `false`; a view or a list has
    /// nothing to print.
    var renderText: String {
        switch content {
        case .text(let text): text
        case .flag(let flag): String(flag)
        case .view, .list: ""
        }
    }

    var isNull: Bool {
        false
    }

    func transform(_ name: String) -> Any? {
        switch content {
        case .text(let text): text.transform(name)
        case .list(let items): items.transform(name)
        case .view, .flag: nil
        }
    }

    /// What the section opens on: each item of a list, nothing for a false flag, and the
    /// value itself otherwise.
    func makeIterator() -> IndexingIterator<[MustacheView]> {
        switch content {
        case .list(let items): items.makeIterator()
        case .flag(false): [].makeIterator()
        case .flag(true), .view, .text: [self].makeIterator()
        }
    }
}
