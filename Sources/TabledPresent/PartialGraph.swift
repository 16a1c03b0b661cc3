/// Which templates include which (`{{>name}}` partials and `{{<name}}` parents), so that a
/// council's templates that include themselves, or a partial that does not exist, are
/// refused at start-up instead of recursing until the stack runs out or printing nothing.
struct PartialGraph {
    /// Template name to the names it includes, in the order written.
    let includes: [String: [String]]

    init(templates: [String: String]) {
        var includes: [String: [String]] = [:]
        for (name, text) in templates { includes[name] = Self.names(in: text) }
        self.includes = includes
    }

    /// The names a template's partial and parent tags name.
    static func names(in text: String) -> [String] {
        var found: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            guard let close = rest.range(of: "}}") else { break }
            let tag = rest[..<close.lowerBound].drop { $0 == " " }
            if let sigil = tag.first, sigil == ">" || sigil == "<" {
                let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
                if !name.isEmpty && !found.contains(name) { found.append(name) }
            }
            rest = rest[close.upperBound...]
        }
        return found
    }

    /// A chain of inclusions that comes back to where it started ("a → b → a"), if any.
    /// Walked with an explicit stack: a council's templates are no reason to recurse.
    func cycle() -> [String]? {
        var state: [String: Int] = [:]  // 1: on the current path, 2: done
        for start in includes.keys.sorted() where state[start] == nil {
            var path: [(name: String, next: Int)] = [(start, 0)]
            state[start] = 1
            while let top = path.last {
                let children = includes[top.name] ?? []
                guard top.next < children.count else {
                    state[top.name] = 2
                    path.removeLast()
                    continue
                }
                path[path.count - 1].next += 1
                let child = children[top.next]
                switch state[child] {
                case 1:
                    let from = path.firstIndex { $0.name == child } ?? 0
                    return path[from...].map(\.name) + [child]
                case 2:
                    continue
                default:
                    guard includes[child] != nil else { continue }
                    state[child] = 1
                    path.append((child, 0))
                }
            }
        }
        return nil
    }

    /// The first inclusion of a template that does not exist: (template, missing name).
    func missing() -> (template: String, partial: String)? {
        for name in includes.keys.sorted() {
            if let absent = includes[name]?.first(where: { includes[$0] == nil }) { return (name, absent) }
        }
        return nil
    }
}
