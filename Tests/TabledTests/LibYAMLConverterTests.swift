import Testing
@testable import TabledReader

/// The YAML reader refuses what Yams refused, in libyaml's words and at its places, and
/// bounds a document's size and depth as it builds the tree.
@Suite struct LibYAMLConverterTests {
    func failure(_ yaml: String, values: Int = 1000, depth: Int = 64) -> LibYAMLConverter.Failure? {
        if case .failure(let failure) = LibYAMLConverter.compose(yaml, maximumValues: values, maximumDepth: depth) { return failure }
        return nil
    }

    @Test func keysAndValuesKeepTheirOrderTextAndPlace() throws {
        let root = try #require(try LibYAMLConverter.compose("b: 1\na: 'two'\nc: [x, y]\n", maximumValues: 100, maximumDepth: 8).get())
        guard case .mapping(let mapping) = root else { Issue.record("not a mapping"); return }
        #expect(mapping.pairs.map { $0.key.string } == ["b", "a", "c"])
        #expect(root["a"]?.string == "two")
        guard case .scalar(let two) = mapping.pairs[1].value else { Issue.record("not text"); return }
        #expect(two.style == .singleQuoted && two.mark.line == 2 && two.mark.column == 4)
        guard case .sequence(let list) = mapping.pairs[2].value else { Issue.record("not a list"); return }
        #expect(list.map(\.string) == ["x", "y"])
    }

    @Test func anEmptyStreamHasNoRoot() throws {
        #expect(try LibYAMLConverter.compose("# nothing\n", maximumValues: 10, maximumDepth: 8).get() == nil)
    }

    /// As Yams: of several duplicated keys, the smallest, where it first appears.
    @Test func theSmallestDuplicateKeyIsReportedWhereItFirstAppears() {
        guard case .duplicateKey(let key, let mark)? = failure("b: 1\na: 2\nb: 3\na: 4\n") else { Issue.record("no duplicate"); return }
        #expect(key == "a" && mark.line == 2 && mark.column == 1)
    }

    @Test func quotedAndPlainKeysAreTheSameKeyButDifferentTagsAreNot() {
        guard case .duplicateKey("z", _)? = failure("z: 1\n\"z\": 2\n") else { Issue.record("quoted key not a duplicate"); return }
        #expect(failure("a: 1\n!!str a: 2\n") != nil)
        #expect(failure("a: 1\n!other a: 2\n") == nil)
    }

    @Test func aSecondDocumentIsRefusedWhereItStarts() {
        guard case .syntax(let problem, let mark, let context, _)? = failure("a: 1\n---\nb: 2\n") else { Issue.record("accepted"); return }
        #expect(problem == "but found another document" && context == "expected a single document in the stream")
        #expect(mark.line == 2)
    }

    /// The lexical pass refuses aliases first; any it misses is refused here, not expanded.
    @Test func anAliasIsRefusedAndAnUndefinedOneIsASyntaxError() {
        guard case .alias(let mark)? = failure("a: &x 1\nb: *x\n") else { Issue.record("alias expanded"); return }
        #expect(mark.line == 2 && mark.column == 4)
        guard case .syntax(let problem, _, _, _)? = failure("a: *nowhere\n") else { Issue.record("undefined alias accepted"); return }
        #expect(problem == "found undefined alias")
    }

    @Test func theValueAndDepthLimitsNameTheFirstValuePastThem() {
        guard case .tooManyValues(let mark)? = failure("a: [1, 2, 3, 4]\n", values: 4) else { Issue.record("no limit"); return }
        #expect(mark.line == 1 && mark.column == 8)
        guard case .tooDeep(let deep)? = failure("a: [[[x]]]\n", depth: 3) else { Issue.record("no depth limit"); return }
        #expect(deep.column == 7)
        #expect(failure("a: [[x]]\n", depth: 3) == nil)
    }

    /// A limit is reported only when the document has no syntax error: Yams's errors came first.
    @Test func aSyntaxErrorAfterALimitIsReportedInstead() {
        guard case .syntax? = failure("a: [1, 2, 3, 4]\nb: \"open\n", values: 2) else { Issue.record("limit reported first"); return }
    }

    /// Depth is bounded without recursion: ten thousand levels end in a diagnostic, not a stack overflow.
    @Test func veryDeepInputIsRefusedWithoutRecursion() {
        let yaml = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(failure(yaml) != nil)
    }
}
