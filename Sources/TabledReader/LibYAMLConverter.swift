import CLibYAML

/// The only user of libyaml (Debian's, through `CLibYAML`): YAML text in, a `YAMLNode` tree out.
///
/// Papers need no tags, anchors or resolver, so libyaml's events build the tree directly, on
/// an explicit stack rather than by recursion on the input's depth. Refused with libyaml's
/// words and marks: syntax, a second document, duplicate keys (text and tag alike, the
/// smallest reported, at its first place). Aliases, more than `maximumValues` values or more
/// than `maximumDepth` levels are refused as well; a syntax error or a duplicate key anywhere
/// is reported before them.
enum LibYAMLConverter {
    enum Failure: Error {
        /// libyaml's scanner, parser or composer: the problem, where, and what it was reading.
        case syntax(problem: String, at: YAMLNode.Mark, context: String?, contextMark: YAMLNode.Mark)
        /// Bytes libyaml could not read.
        case reader(problem: String)
        case duplicateKey(String, at: YAMLNode.Mark)
        case alias(at: YAMLNode.Mark)
        case tooManyValues(at: YAMLNode.Mark)
        case tooDeep(at: YAMLNode.Mark)
    }

    /// The document's root, nil for a stream with no document.
    static func compose(_ text: String, maximumValues: Int, maximumDepth: Int) -> Result<YAMLNode?, Failure> {
        var text = text
        return text.withUTF8 { bytes in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return .failure(.reader(problem: "Memory error")) }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var composer = Composer(maximumValues: maximumValues, maximumDepth: maximumDepth)
            return composer.run(&parser, bytes: bytes)
        }
    }

    /// One document's collections still open, innermost last, and the first limit it passed.
    private struct Composer {
        struct Frame {
            /// A sequence's items; a mapping's keys and values, alternately.
            var nodes: [YAMLNode] = []
            var mark: YAMLNode.Mark
            /// Explicit tags other than a string's, by place in `nodes`: keys alike in text but
            /// not in tag are not duplicates.
            var tags: [Int: String] = [:]
        }

        let maximumValues: Int
        let maximumDepth: Int
        var stack: [Frame] = []
        var values = 0
        var overLimit: Failure?
        var anchors: Set<String> = []

        init(maximumValues: Int, maximumDepth: Int) {
            self.maximumValues = maximumValues
            self.maximumDepth = maximumDepth
        }

        mutating func run(_ parser: inout yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>) -> Result<YAMLNode?, Failure> {
            var event = yaml_event_t()
            var root: YAMLNode?
            var documents = 0
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else { return .failure(Self.failure(of: parser)) }
                defer { yaml_event_delete(&event) }
                let mark = YAMLNode.Mark(line: event.start_mark.line + 1, column: event.start_mark.column + 1)
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    if let overLimit { return .failure(overLimit) }
                    return .success(root)
                case YAML_DOCUMENT_START_EVENT:
                    documents += 1
                    if documents > 1 {
                        return .failure(.syntax(problem: "but found another document", at: mark,
                                                context: "expected a single document in the stream", contextMark: .init(line: 1, column: 1)))
                    }
                case YAML_SCALAR_EVENT:
                    count(at: mark)
                    remember(anchor: event.data.scalar.anchor)
                    let scalar = event.data.scalar
                    let string = scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self) } ?? ""
                    let style = Self.style(scalar.style)
                    let end = YAMLNode.Mark(line: event.end_mark.line + 1, column: event.end_mark.column + 1)
                    let start = textStart(of: string, style: style, mark: mark, end: end, in: bytes)
                    let node = YAMLNode.scalar(.init(string: string, style: style, mark: mark, textStart: start))
                    if let tag = scalar.tag, !Self.isString(tag), !stack.isEmpty {
                        stack[stack.count - 1].tags[stack[stack.count - 1].nodes.count] = String(cString: tag)
                    }
                    add(node, &root)
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    count(at: mark)
                    remember(anchor: event.type == YAML_MAPPING_START_EVENT ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
                    stack.append(Frame(mark: mark))
                case YAML_SEQUENCE_END_EVENT:
                    guard let frame = stack.popLast() else { continue }
                    add(.sequence(.init(nodes: frame.nodes, mark: frame.mark)), &root)
                case YAML_MAPPING_END_EVENT:
                    guard let frame = stack.popLast() else { continue }
                    if let duplicate = Self.firstDuplicate(frame.nodes, tags: frame.tags) { return .failure(duplicate) }
                    var pairs: [(key: YAMLNode, value: YAMLNode)] = []
                    pairs.reserveCapacity(frame.nodes.count / 2)
                    for index in stride(from: 0, to: frame.nodes.count - 1, by: 2) {
                        pairs.append((frame.nodes[index], frame.nodes[index + 1]))
                    }
                    add(.mapping(.init(pairs: pairs, mark: frame.mark)), &root)
                case YAML_ALIAS_EVENT:
                    let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
                    guard anchors.contains(name) else {
                        return .failure(.syntax(problem: "found undefined alias", at: mark, context: nil, contextMark: mark))
                    }
                    return .failure(.alias(at: mark))
                default:
                    break
                }
            }
        }

        /// Byte offsets of each line's start, found when a literal block first needs them.
        var lineStarts: [Int]?

        /// Where a scalar's first character stands, if its characters stand in the file line for line.
        private mutating func textStart(of string: String, style: YAMLNode.Scalar.Style, mark: YAMLNode.Mark, end: YAMLNode.Mark,
                                        in bytes: UnsafeBufferPointer<UInt8>) -> YAMLNode.Mark? {
            switch style {
            case .plain:
                guard end.line == mark.line, end.column - mark.column == string.unicodeScalars.count else { return nil }
                return mark
            case .singleQuoted, .doubleQuoted:
                guard end.line == mark.line, end.column - mark.column - 2 == string.unicodeScalars.count else { return nil }
                return YAMLNode.Mark(line: mark.line, column: mark.column + 1)
            case .folded:
                return nil
            case .literal:
                // The text starts on the line after the indicator, indented as its first line that is not blank.
                if lineStarts == nil {
                    var starts = [0]
                    for (offset, byte) in bytes.enumerated() where byte == 0x0A { starts.append(offset + 1) }
                    lineStarts = starts
                }
                guard let starts = lineStarts, mark.line < starts.count else { return nil }
                var line = mark.line
                while line < starts.count {
                    var offset = starts[line]
                    var indent = 0
                    while offset < bytes.count, bytes[offset] == 0x20 { offset += 1; indent += 1 }
                    if offset < bytes.count, bytes[offset] != 0x0A, bytes[offset] != 0x0D {
                        // Leading blank lines are newlines at the text's start, one per line.
                        return YAMLNode.Mark(line: mark.line + 1, column: indent + 1)
                    }
                    line += 1
                }
                return nil
            }
        }

        private mutating func add(_ node: YAMLNode, _ root: inout YAMLNode?) {
            if stack.isEmpty {
                root = node
            } else {
                stack[stack.count - 1].nodes.append(node)
            }
        }

        /// Counts a value and notes the first limit it passes; its depth is the collections open around it.
        private mutating func count(at mark: YAMLNode.Mark) {
            values += 1
            guard overLimit == nil else { return }
            if values > maximumValues {
                overLimit = .tooManyValues(at: mark)
            } else if stack.count > maximumDepth {
                overLimit = .tooDeep(at: mark)
            }
        }

        private mutating func remember(anchor: UnsafeMutablePointer<yaml_char_t>?) {
            guard let anchor else { return }
            anchors.insert(String(cString: anchor))
        }

        /// Keys equal in text and tag; the smallest such text, where it first appears.
        private static func firstDuplicate(_ nodes: [YAMLNode], tags: [Int: String]) -> Failure? {
            // A mapping of a few untagged keys, none alike (nearly all of them), needs no table.
            if tags.isEmpty, nodes.count <= 32, !hasEqualTexts(nodes) { return nil }
            var keys: [(text: String, tag: String?, mark: YAMLNode.Mark)] = []
            for index in stride(from: 0, to: nodes.count, by: 2) {
                if case .scalar(let scalar) = nodes[index] { keys.append((scalar.string, tags[index], scalar.mark)) }
            }
            guard keys.count > 1 else { return nil }
            var first: [String: Int] = [:]
            var smallest: Int?
            for (index, key) in keys.enumerated() {
                let identity = key.tag.map { key.text + "\u{0}" + $0 } ?? key.text
                if let earlier = first[identity] {
                    if smallest.map({ keys[earlier].text < keys[$0].text }) ?? true { smallest = earlier }
                } else {
                    first[identity] = index
                }
            }
            return smallest.map { .duplicateKey(keys[$0].text, at: keys[$0].mark) }
        }

        /// Whether two scalar keys of the mapping's nodes (keys at even places) have one text.
        private static func hasEqualTexts(_ nodes: [YAMLNode]) -> Bool {
            for i in stride(from: 2, to: nodes.count, by: 2) {
                guard case .scalar(let key) = nodes[i] else { continue }
                for j in stride(from: 0, to: i, by: 2) {
                    if case .scalar(let earlier) = nodes[j], earlier.string == key.string { return true }
                }
            }
            return false
        }

        /// Whether a tag resolves, as YAML's core schema does, to a string: none, `!` or `!!str`.
        private static func isString(_ tag: UnsafeMutablePointer<yaml_char_t>) -> Bool {
            let name = String(cString: tag)
            return name == "!" || name == "tag:yaml.org,2002:str"
        }

        private static func style(_ style: yaml_scalar_style_t) -> YAMLNode.Scalar.Style {
            switch style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: .literal
            case YAML_FOLDED_SCALAR_STYLE: .folded
            default: .plain
            }
        }

        /// libyaml's error, in its own words and marks.
        private static func failure(of parser: yaml_parser_t) -> Failure {
            let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
            switch parser.error {
            case YAML_SCANNER_ERROR, YAML_PARSER_ERROR, YAML_COMPOSER_ERROR:
                return .syntax(problem: problem,
                               at: .init(line: parser.problem_mark.line + 1, column: parser.problem_mark.column + 1),
                               context: parser.context.map { String(cString: $0) },
                               contextMark: .init(line: parser.context_mark.line + 1, column: parser.context_mark.column + 1))
            case YAML_MEMORY_ERROR:
                return .reader(problem: "Memory error")
            default:
                return .reader(problem: problem)
            }
        }
    }
}
