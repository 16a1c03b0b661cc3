import Mustache
import Testing
@testable import TabledPresent

/// The hand-written Mustache lookups return exactly what Mirror would, for every field of every view.
@Suite struct ViewModelLookupTests {
    /// Checks a value and everything inside it; returns how many fields were compared.
    func compare(_ value: Any, path: String) -> Int {
        var compared = 0
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            return mirror.children.first.map { compare($0.value, path: path) } ?? 0
        }
        if mirror.displayStyle == .collection {
            return mirror.children.reduce(0) { $0 + compare($1.value, path: path + "[]") }
        }
        // A placement prints as its token; it has no fields for a template to look up.
        guard mirror.displayStyle == .struct, !(value is Placement) else { return 0 }
        let parent = value as? MustacheParent
        #expect(parent != nil, "\(path): \(type(of: value)) has no fast Mustache lookup")
        for child in mirror.children {
            guard let label = child.label else { continue }
            let viaMirror = Mirror(reflecting: child.value).displayStyle == .optional
                ? Mirror(reflecting: child.value).children.first.map { printed($0.value) }
                : printed(child.value)
            let viaLookup = parent?.child(named: label).map { String(describing: unwrapped($0)) }
            #expect(viaLookup == viaMirror, "\(path).\(label)")
            compared += 1 + compare(child.value, path: path + "." + label)
        }
        #expect(parent?.child(named: "noSuchField") == nil)
        return compared
    }

    /// A field as Mustache prints it: a block's place as its token.
    func printed(_ value: Any) -> String {
        (value as? Placement)?.renderText ?? String(describing: value)
    }

    /// What the lookup handed on, wrapped for Mustache, back to the view or text itself.
    func unwrapped(_ value: Any) -> Any {
        if let view = value as? MustacheView { return unwrapped(view) }
        if let views = value as? [MustacheView] { return views.map(unwrapped) }
        return value
    }

    func unwrapped(_ view: MustacheView) -> Any {
        if let text = view.text { return text }
        if let items = view.items { return items.map(unwrapped) }
        if let flag = view.flag { return flag }
        return view.base ?? view
    }

    @Test func reportViewLookupsMatchMirror() {
        #expect(compare(ReportView.sample, path: "report") > 80)
    }

    @Test func agendaViewLookupsMatchMirror() {
        #expect(compare(AgendaView.sample, path: "agenda") > 20)
    }
}
