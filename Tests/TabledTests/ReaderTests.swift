import Testing
import TabledModel
import TabledReader

/// The reader turns YAML into a located model, and every mistake into a located error.
@Suite struct ReaderTests {
    static let minimal = """
    meeting: {body: Cabinet, date: 2006-03-21}
    title: Learning Disability Service Partnership
    recommendations:
      items:
        - confirm the arrangements
    """

    @Test func readsAMinimalReportWithLocations() throws {
        let result = ReportReader.read(Self.minimal, file: "r.yaml")
        #expect(result.diagnostics.isEmpty)
        let report = try #require(result.report)
        #expect(report.title.value == "Learning Disability Service Partnership")
        #expect(report.title.location == SourceLocation(file: "r.yaml", line: 2, column: 8))
        #expect(report.meeting?.date.value.longForm == "21 March 2006")
        #expect(report.meeting?.body.location.line == 1)
        #expect(report.recommendations?.items.first?.text.location.line == 5)
    }

    func only(_ yaml: String) -> Diagnostic? {
        let diagnostics = ReportReader.read(yaml, file: "r.yaml").diagnostics
        #expect(diagnostics.count == 1, "\(diagnostics.map(\.message))")
        return diagnostics.first
    }

    @Test func unknownKeySuggestsTheNearestKnownOne() throws {
        let d = try #require(only(Self.minimal + "\nsumary: text\n"))
        #expect(d.id == "input.unknown-key")
        #expect(d.location.line == 6 && d.location.column == 1)
        #expect(d.notes.first?.message == "did you mean 'summary'?")
    }

    @Test func unknownKeyDeepInATableIsLocated() throws {
        let yaml = Self.minimal + """

        tables:
          - id: t
            caption: C
            unit: £m
            columns: [A]
            rows:
              - {label: Total, totl: sum, values: [1]}
        """
        let diagnostics = ReportReader.read(yaml, file: "r.yaml").diagnostics
        let d = try #require(diagnostics.first { $0.id == "input.unknown-key" })
        #expect(d.location.line == 12)
        #expect(d.notes.first?.message == "did you mean 'total'?")
    }

    @Test func missingTitleIsAnError() throws {
        let yaml = Self.minimal.replacingOccurrences(of: "title: Learning Disability Service Partnership\n", with: "")
        let d = try #require(only(yaml))
        #expect(d.id == "input.missing-field")
        #expect(d.message.contains("'title'"))
    }

    @Test func impossibleDateIsAnError() throws {
        let d = try #require(only(Self.minimal.replacingOccurrences(of: "2006-03-21", with: "2006-02-30")))
        #expect(d.id == "input.bad-date")
        #expect(d.location.line == 1)
    }

    @Test func wrongTypeIsAnError() throws {
        let d = try #require(only(Self.minimal + "\nsections: just text\n"))
        #expect(d.id == "input.wrong-type")
        #expect(d.message.contains("a list"))
    }

    @Test func badChoiceListsTheChoices() throws {
        let d = try #require(only(Self.minimal + "\npurpose: deciding\n"))
        #expect(d.id == "input.bad-choice")
        #expect(d.message.contains("decision, discussion, noting"))
    }

    @Test func duplicateKeysAreRefused() throws {
        let d = try #require(only(Self.minimal + "\ntitle: Another\n"))
        #expect(d.id == "yaml.duplicate-key")
        #expect(d.message.contains("'title'"))
    }

    @Test func syntaxErrorsAreLocated() throws {
        let d = try #require(only("title: \"unclosed\nfrom: x\n"))
        #expect(d.id == "yaml.syntax")
        // Reported where the quote opens, not at the end of the file.
        #expect(d.location.line == 1 && d.location.column == 8, "\(d.location)")
    }

    @Test func tabsInIndentationAreASyntaxError() throws {
        let d = try #require(only("meeting:\n\tbody: Cabinet\n"))
        #expect(d.id == "yaml.syntax")
        #expect(d.location.line == 2)
    }

    @Test func emptyFileIsAnError() throws {
        #expect(try #require(only("")).id == "input.empty")
        #expect(try #require(only("# only a comment\n")).id == "input.empty")
    }

    @Test func aliasesAreRefused() throws {
        let d = try #require(only(Self.minimal + "\nfrom: &who Director\nsigned: {name: *who}\n"))
        #expect(d.id == "yaml.alias")
    }

    /// A few hundred bytes of aliases expanding to billions of values end at once.
    @Test func aliasBombEndsQuickly() throws {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x]\n"
        let names = "bcdefghijklmnop".map(String.init)
        var previous = "a"
        for name in names {
            yaml += "\(name): &\(name) [*\(previous), *\(previous), *\(previous), *\(previous), *\(previous), *\(previous), *\(previous), *\(previous), *\(previous)]\n"
            previous = name
        }
        let diagnostics = ReportReader.read(yaml, file: "bomb.yaml").diagnostics
        #expect(diagnostics.first?.id == "yaml.alias")
    }

    @Test func byteOrderMarkAndWindowsLineEndingsWork() throws {
        let yaml = "\u{FEFF}" + Self.minimal.replacingOccurrences(of: "\n", with: "\r\n")
        let result = ReportReader.read(yaml, file: "r.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        #expect(result.report?.title.value == "Learning Disability Service Partnership")
    }

    @Test func aPublishedMarkdownTableWithWindowsLineEndingsIsLocatedAsWithout() throws {
        let paper = "# T\n\n| Item | A |\n|---|--:|\n| a | 1 |\n| b  |   2x |\n| Total | 3 |\n"
        func place(_ text: String) -> [String] {
            MarkdownPaperReader.read(text, file: "p.md").diagnostics.map { "\($0.location.line):\($0.location.column)" }
        }
        #expect(place(paper) == ["6:10"], "the unreadable '2x' in row b")
        #expect(place(paper.replacingOccurrences(of: "\n", with: "\r\n")) == ["6:10"])
    }

    @Test func exemptNeedsSchedule12AParagraphs() throws {
        let d = try #require(only(Self.minimal + "\nexempt: {paragraphs: [9]}\n"))
        #expect(d.message.contains("Schedule 12A"))
    }

    @Test func reportsEveryMistakeInOneRun() {
        let yaml = """
        meeting: {body: Cabinet, date: 2006-13-01}
        titel: X
        purpose: maybe
        recommendations: {items: [do it]}
        """
        let ids = ReportReader.read(yaml, file: "r.yaml").diagnostics.map(\.id)
        #expect(ids.contains("input.bad-date"))
        #expect(ids.contains("input.unknown-key"))
        #expect(ids.contains("input.bad-choice"))
        // 'titel' is read as the title it misspells: one slip, one error, nothing missing.
        #expect(!ids.contains("input.missing-field"))
        #expect(ids.count == 3)
    }
}
