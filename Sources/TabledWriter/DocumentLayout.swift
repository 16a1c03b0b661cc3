import Foundation
import TabledMarkdown

/// Groups a parsed Markdown document by the directives Tabled's templates write.
public enum DocumentLayout {
    /// One `<!-- tabled:NAME ARGS -->` comment.
    struct Directive {
        var name: String
        var arguments: [String]

        init?(_ html: String) {
            let trimmed = html.trimmingCharacters(in: .whitespacesAndNewlines)
            guard trimmed.hasPrefix("<!-- tabled:"), trimmed.hasSuffix("-->"), !trimmed.contains("\n") else { return nil }
            let inner = trimmed.dropFirst("<!-- tabled:".count).dropLast(3)
            let words = inner.split(separator: " ").map(String.init)
            guard let first = words.first else { return nil }
            name = first
            arguments = Array(words.dropFirst())
        }
    }

    public static func layout(_ blocks: [MarkdownBlock]) -> [LayoutBlock] {
        var stack: [(kind: Frame, contents: [LayoutBlock])] = [(.root, [])]
        var pendingAnchor: String?
        var pendingTable: (anchor: String?, caption: [MarkdownInline]?)?

        func append(_ block: LayoutBlock) {
            stack[stack.count - 1].contents.append(block)
        }

        for block in blocks {
            if case .html(let html) = block, let directive = Directive(html) {
                switch directive.name {
                case "anchor":
                    pendingAnchor = directive.arguments.first
                case "para":
                    stack.append((.numbered(directive.arguments.first ?? "", directive.arguments.dropFirst().first), []))
                case "div":
                    stack.append((.division(directive.arguments.first ?? ""), []))
                case "table":
                    pendingTable = (directive.arguments.first, nil)
                case "end":
                    guard stack.count > 1 else { continue }
                    let frame = stack.removeLast()
                    switch frame.kind {
                    case .numbered(let number, let anchor): append(.numbered(number: number, anchor: anchor, frame.contents))
                    case .division(let role): append(.division(role: role, frame.contents))
                    case .root: break
                    }
                default:
                    continue
                }
                continue
            }
            if let table = pendingTable {
                switch block {
                case .paragraph(let caption) where table.caption == nil:
                    pendingTable = (table.anchor, caption)
                    continue
                case .table(let markdownTable):
                    append(.table(anchor: table.anchor, caption: table.caption ?? [], markdownTable))
                    pendingTable = nil
                    continue
                default:
                    pendingTable = nil
                }
            }
            append(.block(block, anchor: pendingAnchor))
            pendingAnchor = nil
        }
        // Close anything a template left open rather than lose its contents.
        while stack.count > 1 {
            let frame = stack.removeLast()
            switch frame.kind {
            case .numbered(let number, let anchor): append(.numbered(number: number, anchor: anchor, frame.contents))
            case .division(let role): append(.division(role: role, frame.contents))
            case .root: break
            }
        }
        return stack[0].contents
    }

    private enum Frame {
        case root
        case numbered(String, String?)
        case division(String)
    }
}
