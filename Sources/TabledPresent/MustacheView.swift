import Mustache

/// A view model as Mustache sees it: every view struct reaches the templates as this one type.
///
/// Mustache asks each value it meets whether it is a parent, a sequence, a lambda, something
/// renderable or an optional. The first time a type is asked about a protocol, the Swift
/// runtime scans every conformance in the program (about half a million instructions); a
/// dozen view structs asked five questions each cost a third of a one-paper run. Wrapped in
/// this one type, they are asked once.
struct MustacheView: MustacheParent {
    let base: any MustacheParent

    init(_ base: any MustacheParent) {
        self.base = base
    }

    func child(named name: String) -> Any? {
        base.child(named: name)
    }
}
