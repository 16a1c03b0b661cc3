import Mustache

/// A value as Mustache sees it: every view struct, and every text and block token in them,
/// reaches the templates as this one type; only flags stay `Bool`.
///
/// Mustache asks each value it meets whether it is a parent, a sequence, a lambda, something
/// renderable or an optional. The first time a type is asked about a protocol, the Swift
/// runtime scans every conformance in the program (about a quarter of a million
/// instructions); a dozen view structs and the texts inside them, asked five questions each,
/// cost a third of a one-paper run. Wrapped in this one type, they are asked once. A text
/// is also a parent with no names, so a lookup made inside `{{#from}}…{{/from}}` passes it
/// by rather than reflecting the String with Mirror.
///
/// A text keeps what Mustache does with a String: it prints as itself (escaped or not, as
/// the tag says), opens a section whatever it holds, and takes the String transforms.
struct MustacheView: MustacheParent, MustacheCustomRenderable, MustacheTransformable {
    private enum Content {
        case view(any MustacheParent)
        case text(String)
    }

    private let content: Content

    init(_ base: any MustacheParent) {
        content = .view(base)
    }

    init(text: String) {
        content = .text(text)
    }

    /// A field's text, for a lookup to hand on.
    static func text(_ text: String) -> MustacheView {
        MustacheView(text: text)
    }

    /// An optional text: nil stays nil, so that its section stays closed.
    static func text(_ text: String?) -> MustacheView? {
        text.map(MustacheView.init(text:))
    }

    static func text(_ texts: [String]) -> [MustacheView] {
        texts.map(MustacheView.init(text:))
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

    func child(named name: String) -> Any? {
        base?.child(named: name)
    }

    /// A text prints as itself; a view has nothing to print.
    var renderText: String {
        text ?? ""
    }

    var isNull: Bool {
        false
    }

    func transform(_ name: String) -> Any? {
        text?.transform(name)
    }
}
