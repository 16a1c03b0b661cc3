/// A node of a YAML document as papers use it: text, a list or a mapping, each with where it
/// begins in the file.
///
/// Built by `LibYAMLConverter` from libyaml's events. Papers need no tags, anchors or aliases,
/// so a node keeps only its text, whether that text was written plain, and its place.
enum YAMLNode {
    case scalar(Scalar)
    case sequence(Sequence)
    case mapping(Mapping)

    /// Where a node begins: 1-based line, and column counted in characters.
    struct Mark {
        var line: Int
        var column: Int
    }

    struct Scalar {
        enum Style {
            case plain, singleQuoted, doubleQuoted, literal, folded
        }

        var string: String
        var style: Style
        var mark: Mark
        /// Where the text's first character stands, when its characters stand in the file
        /// line for line from there (a one-line plain or quoted value without escapes, a
        /// literal block): a place inside the text is then found by counting. Nil when YAML
        /// folded lines or read escapes.
        var textStart: Mark? = nil
    }

    /// A list's items in order.
    struct Sequence: RandomAccessCollection {
        var nodes: [YAMLNode]
        var mark: Mark

        var startIndex: Int { nodes.startIndex }
        var endIndex: Int { nodes.endIndex }
        subscript(position: Int) -> YAMLNode { nodes[position] }
    }

    /// A mapping's keys and values in the order written.
    struct Mapping: Swift.Sequence {
        var pairs: [(key: YAMLNode, value: YAMLNode)]
        var mark: Mark

        func makeIterator() -> IndexingIterator<[(key: YAMLNode, value: YAMLNode)]> {
            pairs.makeIterator()
        }
    }

    var mark: Mark {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .sequence(let sequence): sequence.mark
        case .mapping(let mapping): mapping.mark
        }
    }

    /// A scalar's text; nil for a list or a mapping.
    var string: String? {
        if case .scalar(let scalar) = self { scalar.string } else { nil }
    }

    /// The value of a mapping's first key written as `key`; nil when there is none or this is no mapping.
    subscript(key: String) -> YAMLNode? {
        guard case .mapping(let mapping) = self else { return nil }
        return mapping.pairs.first { $0.key.string == key }?.value
    }
}
