import Foundation
import Mustache

/// The default agenda templates, parsed the first time an agenda is presented.
///
/// Parsing is most of what a template costs, and a report never reads the agenda's
/// templates, a third of the defaults' text. A council's own templates are all parsed at
/// the start instead, so that a broken one is reported before anything is written.
final class AgendaTemplates: @unchecked Sendable {
    /// Whether a template is an agenda's: agenda, agenda-item, agenda-masthead, as X and tabled-X.
    static func holds(_ name: String) -> Bool {
        name.hasPrefix("agenda") || name.hasPrefix("tabled-agenda")
    }

    private let lock = NSLock()
    private let base: MustacheLibrary
    private let pending: [(name: String, text: String)]
    private var parsed: MustacheLibrary?

    /// The library of every other template, and the agenda templates still to parse.
    init(base: MustacheLibrary, pending: [(name: String, text: String)]) {
        self.base = base
        self.pending = pending
    }

    /// The library with the agenda templates in it; papers on other threads wait for the one parse.
    var library: MustacheLibrary {
        if pending.isEmpty { return base }
        lock.lock()
        defer { lock.unlock() }
        if let parsed { return parsed }
        var library = base
        var byText: [String: MustacheTemplate] = [:]
        for (name, text) in pending {
            // The defaults parse: the test suite parses every one of them.
            try? TemplateRenderer.register(text, as: name, in: &library, parsed: &byText)
        }
        parsed = library
        return library
    }
}
