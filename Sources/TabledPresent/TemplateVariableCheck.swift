import Foundation

/// Checks that every variable a template names exists in the view model it renders.
///
/// Mustache prints a missing variable as nothing, so a misspelt `{{captoin}}` would
/// silently drop a table's caption. This walks each template with a fully populated
/// sample view, following sections and partials the way Mustache resolves names.
struct TemplateVariableCheck {
    struct Problem: Equatable, CustomStringConvertible {
        var template: String
        var line: Int
        var variable: String
        var description: String { "\(template).md.mustache:\(line): '\(variable)' is not in the view model" }
    }

    let templates: [String: String]
    private(set) var problems: [Problem] = []

    init(templates: [String: String]) {
        self.templates = templates
    }

    /// Every problem in the templates a paper or an agenda renders, each walked with the
    /// view it is rendered with.
    static func all(_ templates: [String: String]) -> [Problem] {
        var check = TemplateVariableCheck(templates: templates)
        check.check("report", sample: ReportView.sample)
        for division in TemplateRenderer.reportDivisions { check.check(division.template, sample: ReportView.sample) }
        check.check("agenda", sample: AgendaView.sample)
        check.check("agenda-masthead", sample: AgendaView.sample)
        check.check("agenda-item", sample: AgendaView.sample.partOne[0])
        return check.problems
    }

    /// Walks `template` and its partials with `sample` as the root context.
    mutating func check(_ template: String, sample: Any) {
        walk(template, stack: [sample], depth: 0)
    }

    private mutating func walk(_ name: String, stack: [Any], depth: Int) {
        guard depth < 16, let text = templates[name] else { return }
        var stack = stack
        var rest = Substring(text)
        var line = 1
        while let open = rest.range(of: "{{") {
            line += rest[..<open.lowerBound].filter { $0 == "\n" }.count
            let afterOpen = rest[open.upperBound...]
            let triple = afterOpen.hasPrefix("{")
            guard let close = afterOpen.range(of: triple ? "}}}" : "}}") else { break }
            let raw = afterOpen[afterOpen.startIndex..<close.lowerBound]
            line += raw.filter { $0 == "\n" }.count
            rest = afterOpen[close.upperBound...]
            var tag = raw.trimmingCharacters(in: .whitespaces)
            if triple { tag = String(tag.dropFirst()).trimmingCharacters(in: .whitespaces) }
            guard let sigil = tag.first else { continue }
            let body = String(tag.dropFirst()).trimmingCharacters(in: .whitespaces)
            switch sigil {
            case "!", "%", "=":
                continue
            case "$":
                // A block: its contents render in the same context.
                stack.append(stack.last as Any)
            case "<":
                // A parent: its own tags are checked too, in this context.
                walk(body, stack: stack, depth: depth + 1)
                stack.append(stack.last as Any)
            case "#", "^":
                guard let value = resolve(body, in: stack) else {
                    report(Problem(template: name, line: line, variable: body))
                    stack.append(stack.last as Any)
                    continue
                }
                stack.append(sigil == "#" ? context(for: value, top: stack.last as Any) : stack.last as Any)
            case "/":
                if stack.count > 1 { stack.removeLast() }
            case ">":
                walk(body, stack: stack, depth: depth + 1)
            case "&":
                if resolve(body, in: stack) == nil { report(Problem(template: name, line: line, variable: body)) }
            default:
                if resolve(tag, in: stack) == nil { report(Problem(template: name, line: line, variable: tag)) }
            }
        }
    }

    /// Records a problem once, however many places reach the partial it is in.
    private mutating func report(_ problem: Problem) {
        if !problems.contains(problem) { problems.append(problem) }
    }

    /// What a section pushes: the first element of a list, the unwrapped value, or the same context for a Bool.
    private func context(for value: Any, top: Any) -> Any {
        if value is Bool { return top }
        if let array = value as? [Any] { return array.first ?? top }
        return value
    }

    private func resolve(_ name: String, in stack: [Any]) -> Any? {
        if name == "." { return stack.last }
        let parts = name.split(separator: ".").map(String.init)
        guard !parts.isEmpty else { return nil }
        for object in stack.reversed() {
            if var value = child(parts[0], of: object) {
                for part in parts.dropFirst() {
                    guard let next = child(part, of: value) else { return nil }
                    value = next
                }
                return value
            }
        }
        return nil
    }

    private func child(_ name: String, of object: Any) -> Any? {
        for child in Mirror(reflecting: unwrap(object)).children where child.label == name {
            return unwrap(child.value)
        }
        return nil
    }

    private func unwrap(_ value: Any) -> Any {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.map { unwrap($0.value) } ?? value
    }
}
