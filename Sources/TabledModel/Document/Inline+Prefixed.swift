extension Inline {
    /// Links to `#name` become links to `#` + prefix + name; other links are left as written.
    static func prefixingLinks(_ inlines: [Inline], _ prefix: String) -> [Inline] {
        inlines.map { inline in
            switch inline {
            case .link(let destination, let title, let inner):
                let target = destination.hasPrefix("#") ? "#" + prefix + destination.dropFirst() : destination
                return .link(destination: target, title: title, prefixingLinks(inner, prefix))
            case .emphasis(let inner): return .emphasis(prefixingLinks(inner, prefix))
            case .strong(let inner): return .strong(prefixingLinks(inner, prefix))
            case .strikethrough(let inner): return .strikethrough(prefixingLinks(inner, prefix))
            case .text, .softBreak, .lineBreak, .code, .image, .rawHTML: return inline
            }
        }
    }
}
