import TabledModel

/// Reads a paper published as PDF from poppler's word boxes (`pdftotext -bbox-layout`, which
/// the command line runs): words grouped into lines by their height, lines into cells by
/// the gaps between words (or a rule drawn between them), and figure cells into columns
/// where their boxes overlap. The rules come from MuPDF's trace of the page (`PageRulings`).
///
/// A table is a run of lines with figures to the right of a label, the lines just above it
/// its header. A wrapped label is joined to its row: in a ruled table where no rule parts the
/// lines, otherwise where poppler keeps them in one block or the continuation starts in lower
/// case. A region whose figures cannot be put in columns with confidence is reported as not
/// checked, never guessed. Locations are the page and the line on it.
public enum PDFPaperReader {
    struct Word {
        var text: String
        var left, top, right, bottom: Double
        /// The block poppler put the word in, counted over the page: a table cell's lines,
        /// wrapped, share one.
        var block = 0
        var height: Double { bottom - top }
        var middle: Double { (top + bottom) / 2 }
    }

    /// Words close enough to be one cell: a word space, not a gap between columns.
    struct Segment {
        var text: String
        var left, right: Double
        var isFigure: Bool
        /// The block of its first word.
        var block = 0
    }

    struct Line {
        var number: Int
        var words: [Word]
        var segments: [Segment] = []
        var top: Double { words.map(\.top).min() ?? 0 }
        var bottom: Double { words.map(\.bottom).max() ?? 0 }
        var height: Double { words.map(\.height).max() ?? 0 }
        var text: String { words.map(\.text).joined(separator: " ") }

        /// Figure cells after the first cell, and the last cell a figure, or two figures before
        /// words (a comments column): a table row.
        var isFigureRow: Bool {
            segments.count >= 2 && (segments.last!.isFigure || segments.dropFirst().filter(\.isFigure).count >= 2)
                && !isUnitsAndYears
        }

        /// A header line of units with years among them ("£000 £000 2025 £000 2026", the foot
        /// of headings "Balance at 31 March 2025 £000" wrapped in narrow columns), or of years
        /// alone: its years read as figures, but a row of figures has no units heading in it.
        var isUnitsAndYears: Bool {
            guard segments.allSatisfy({ !$0.isFigure || PDFPaperReader.isYear($0.text) }) else { return false }
            // Or years alone, under headings wrapped in narrow columns ("Balance at 1 April" over
            // "2024"), where a row would have a label or figures a table prints with separators.
            return segments.contains { PDFPaperReader.isUnitHeading($0.text) } || segments.allSatisfy(\.isFigure)
        }

        /// Figures and nothing else: a row's figures set in the middle of its wrapped label.
        var isFiguresOnly: Bool {
            !segments.isEmpty && segments.allSatisfy(\.isFigure)
        }
    }

    /// `rulings`: the lines drawn on each page, by page number, where MuPDF could trace them;
    /// a ruled table's borders then say where its cells and rows part.
    public static func read(wordBoxes bytes: [UInt8], rulings: [Int: PageRulings] = [:], file: String) -> PaperReading {
        let split = WordBoxPages(bytes)
        if LibXMLConverter.declaresEntities(Array(bytes[split.head])) {
            return .refused(file, .unreadablePaper(format: "PDF", why: .declaresEntities(part: "poppler's word boxes", note: nil)))
        }
        if split.pages.isEmpty {
            // No page at all: poppler's output without text, or not poppler's output.
            if case .success = LibXMLConverter.xml(bytes) { return .refused(file, .unreadablePaper(format: "PDF", why: .noText)) }
            return .refused(file, .unreadablePaper(format: "PDF", why: .noWordBoxes))
        }
        var printed: [PrintedTable] = []
        // What the last table read shows a page continuing it, kept apart from its rows so
        // that joining a long table's pages neither walks nor copies the rows joined so far.
        var running: RunningTable?
        // The page the last table read reaches: one continued over pages carries on from there.
        var lastTablePage = 0
        var endsAtFoot = false
        var anyWords = false
        var wordCount = 0
        for (p, range) in split.pages.enumerated() {
            let tree: MarkupTree
            switch LibXMLConverter.xml(Array(bytes[range])) {
            case .success(let read): tree = read
            case .failure(.unreadable): return .refused(file, .unreadablePaper(format: "PDF", why: .noWordBoxes))
            case .failure(.tooManyNodes(let limit)): return .refused(file, .unreadablePaper(format: "PDF", why: .tooManyWords(limit)))
            case .failure(.libraryMissing(let why)): return .refused(file, .unreadablePaper(format: "PDF", why: .library(why)))
            case .failure(.declaresEntities): return .refused(file, .unreadablePaper(format: "PDF", why: .declaresEntities(part: "poppler's word boxes", note: nil)))
            }
            let page = tree.root
            // Each word knows its block: poppler keeps a wrapped cell's lines in one.
            var blockOf: [Int: Int] = [:]
            for (b, block) in tree.descendants(of: page).filter({ tree.nodes[$0].kind == .element && tree.nodes[$0].name == "block" }).enumerated() {
                for index in tree.descendants(of: block) { blockOf[index] = b + 1 }
            }
            // A figure running off the page (a table printed wider than it) was cut by its edge:
            // what shows is not the figure, so it is read as illegible, never checked.
            let pageWidth = tree.nodes[page].attributes["width"].flatMap(Double.init)
            let words = tree.descendants(of: page).compactMap { index -> Word? in
                let node = tree.nodes[index]
                guard node.kind == .element, node.name == "word" else { return nil }
                func number(_ key: String) -> Double? { node.attributes[key].flatMap(Double.init) }
                guard let left = number("xMin"), let top = number("yMin"), let right = number("xMax"), let bottom = number("yMax"),
                      left.isFinite, top.isFinite, right.isFinite, bottom.isFinite else { return nil }
                var text = tree.text(of: index)
                if let pageWidth, left < 0.5 || right > pageWidth - 0.5, text.contains(where: \.isNumber) { text = Self.cutByThePage }
                return text.isEmpty ? nil : Word(text: text, left: left, top: top, right: right, bottom: bottom, block: blockOf[index] ?? 0)
            }
            wordCount += words.count
            if wordCount > LibXMLConverter.maximumNodes {
                return .refused(file, .unreadablePaper(format: "PDF", why: .tooManyWords(LibXMLConverter.maximumNodes)))
            }
            anyWords = anyWords || !words.isEmpty
            let ruled = rulings[p + 1] ?? PageRulings()
            let pageLines = lines(of: words, rulings: ruled)
            let tables = PDFPageTables(lines: pageLines, page: p + 1, file: file, rulings: ruled)
            var found = tables.tables()
            if let previous = running, lastTablePage == p {
                if let first = found.first, continues(previous, into: first) {
                    carryOn(&printed[printed.count - 1], with: first)
                    found.removeFirst()
                    lastTablePage = p + 1
                } else if endsAtFoot, let lonely = tables.lonelyRowAtTop(),
                          found.first.map({ $0.location.line > lonely.location.line }) ?? true, continues(previous, into: lonely) {
                    carryOn(&printed[printed.count - 1], with: lonely)
                }
            }
            if !found.isEmpty { lastTablePage = p + 1 }
            if let last = found.last { running = RunningTable(last) }
            printed += found
            // Whether the page's last table runs to its foot, with at most a footer under it.
            endsAtFoot = lastTablePage == p + 1 && (printed.last?.rows.last?.first?.location.line ?? 0) > pageLines.count - continuationTop
        }
        guard anyWords else {
            return .refused(file, .unreadablePaper(format: "PDF", why: .noText))
        }
        let read = PrintedTableReading.readAll(printed)
        return PaperReading(paper: PublishedPaper(file: file, tables: read.tables), diagnostics: read.diagnostics)
    }

    /// `next`, the top of a page, added to `table`, continued from the page before. A row broken
    /// at the foot of that page: the rest of its label heads the next (or all of it, where the
    /// figures set in its middle stayed behind).
    private static func carryOn(_ table: inout PrintedTable, with next: PrintedTable) {
        var rows = next.rows[...]
        while let head = rows.first, let last = table.rows.indices.last, head.dropFirst().allSatisfy({ $0.text.isEmpty }) {
            let label = table.rows[last][0].text
            guard label.isEmpty || PDFPageTables.runsOn(label, with: head[0].text) else { break }
            table.rows[last][0].text = PDFPageTables.joined(label, head[0].text)
            rows.removeFirst()
        }
        table.rows += rows
        table.unclear = table.unclear ?? next.unclear
    }

    /// Lines above a table continued from the page before: a running header, "(continued)".
    static let continuationTop = 8

    /// Whether `next`, at the top of its page, carries on `previous`, which reached the foot of
    /// the page before: the same columns under the same header repeated (or none), and no
    /// caption of its own but the same one or "(continued)".
    static func continues(_ previous: RunningTable, into next: PrintedTable) -> Bool {
        guard next.location.line <= continuationTop, previous.width == next.width else { return false }
        let sameHeader = next.header.isEmpty || next.columnHeadings == previous.columnHeadings
        let caption = next.caption.map { PrintedTable.oneLine($0) } ?? ""
        let ownCaption = !caption.isEmpty && caption != previous.caption && !caption.lowercased().contains("continued")
        return sameHeader && !ownCaption
    }

    /// Words on one baseline make a line: a word joins the line whose middle is within half its height.
    static func lines(of words: [Word], rulings: PageRulings = PageRulings()) -> [Line] {
        var lines: [Line] = []
        for word in words.sorted(by: { ($0.middle, $0.left) < ($1.middle, $1.left) }) {
            if let last = lines.indices.last, abs(lines[last].words[0].middle - word.middle) < max(word.height, 1) * 0.5 {
                lines[last].words.append(word)
            } else {
                lines.append(Line(number: lines.count + 1, words: [word]))
            }
        }
        for i in lines.indices {
            lines[i].words.sort { $0.left < $1.left }
            lines[i].words = withMarkersJoined(lines[i].words)
            lines[i].segments = segments(of: lines[i].words, rulings: rulings)
        }
        joinCutFigures(&lines)
        partFiguresAligned(&lines)
        return lines
    }

    /// A figure closer to the words before it than a word space, in a cell too narrow to
    /// part them ("Closing balance 31 March 2027 22,197"), is still the row's figure where its
    /// right edge meets, to half a point, the last figure of a table row just above or below:
    /// the column's. It is parted from the words as its own cell. Only an amount as tables
    /// print them ("22,197", "(805)"): a year closing a heading set flush right stays words.
    static func partFiguresAligned(_ lines: inout [Line]) {
        for i in lines.indices where !lines[i].isFigureRow && lines[i].segments.count >= 1 {
            guard let segment = lines[i].segments.last, !segment.isFigure, let word = lines[i].words.last, word.right == segment.right,
                  isPrintedAmount(word.text), segment.left < word.left else { continue }
            let aligned = [i - 1, i + 1].contains { n in
                lines.indices.contains(n) && lines[n].isFigureRow && abs((lines[n].segments.last?.right ?? 0) - word.right) <= 0.5
            }
            guard aligned else { continue }
            let rest = lines[i].words.filter { $0.left >= segment.left - 0.5 && $0.right < word.left }
            guard let first = rest.first, let last = rest.last else { continue }
            let text = rest.map(\.text).joined(separator: " ")
            lines[i].segments[lines[i].segments.count - 1] = Segment(text: text, left: first.left, right: last.right, isFigure: isFigure(text), block: first.block)
            lines[i].segments.append(Segment(text: word.text, left: word.left, right: word.right, isFigure: true, block: word.block))
        }
    }

    /// A footnote's marker set as superscript, small and raised against the word it follows
    /// with no gap, is part of that word (`PrintedTableReading.footnoteMarker`): "43,900²",
    /// not a figure "2" of its own in a column or a cell of "43,900 2".
    static func withMarkersJoined(_ words: [Word]) -> [Word] {
        guard let tallest = words.map(\.height).max(), words.contains(where: { $0.height < tallest * 0.95 }) else { return words }
        var joined: [Word] = []
        for word in words {
            if let last = joined.last, word.height < last.height * 0.95, abs(word.left - last.right) < 1,
               word.bottom < last.bottom - last.height * 0.2, word.top < last.top + last.height * 0.15 {
                joined[joined.count - 1].text += PrintedTableReading.footnoteMarker(word.text)
                joined[joined.count - 1].right = max(last.right, word.right)
            } else {
                joined.append(word)
            }
        }
        return joined
    }

    /// Cells of a line: words split where the gap is wider than most of a line's height.
    static func segments(of words: [Word], rulings: PageRulings = PageRulings()) -> [Segment] {
        var segments: [Segment] = []
        var current: [Word] = []
        func close() {
            guard let first = current.first, let last = current.last else { return }
            let text = current.map(\.text).joined(separator: " ")
            segments.append(Segment(text: text, left: first.left, right: last.right, isFigure: isFigure(text), block: first.block))
            current = []
        }
        for (i, word) in words.enumerated() {
            // The words so far as one cell, read only where a rule below asks, and once.
            lazy var currentIsFigure = isFigure(current.map(\.text).joined(separator: " "))
            lazy var currentHasDigits = current.contains { $0.text.contains(where: \.isNumber) }
            let wordIsFigure = word.text.contains(where: \.isNumber) && isFigure(word.text)
            // Two cells side by side may be closer than a word space; poppler's blocks still tell them apart.
            // A cell border drawn between them parts them however close they stand.
            if let last = current.last, word.left - last.right > max(word.height, last.height) * 0.8
                || (word.block != last.block && word.block != 0 && word.left - last.right > max(word.height, last.height) * 0.15)
                || (!rulings.vertical.isEmpty && rulings.hasRule(between: last.right, and: word.left, through: word.middle))
                // Two figures a space apart are two cells: right-aligned columns with no
                // padding (a web page printed) leave no wider gap between them.
                || ((word.text == cutByThePage || wordIsFigure) && currentIsFigure && currentHasDigits)
                // A dash for nothing beside a figure, either side, is a cell of its own.
                || (isDash(word.text) && currentIsFigure && currentHasDigits)
                || (current.count == 1 && isDash(last.text) && wordIsFigure)
                // An amount as a table prints it ("1,380.45") after a label, with more amounts
                // close after it: the first of a row of figures set as close as the words of a
                // label. One far from the next figure ends the label ("ICT and digital (1)").
                || (isPrintedAmount(word.text) && words.indices.contains(i + 1) && isPrintedAmount(words[i + 1].text)
                    && words[i + 1].left - word.right <= max(word.height, words[i + 1].height) * 0.8)
                // A figure after words, twice a word space away or more: a narrow table's one
                // column of figures close to its labels ("Adult social care   28,818").
                || (word.left - last.right > max(word.height, last.height) * 0.5 && wordIsFigure && !currentIsFigure) {
                close()
            }
            current.append(word)
        }
        close()
        return segments
    }

    /// An amount set as tables set them, with thousands or pence ("1,380.45", "(2,100)"): no
    /// word of a label looks so.
    static func isPrintedAmount(_ text: String) -> Bool {
        text.contains(where: \.isNumber) && text.contains(where: { ",.()".contains($0) }) && isFigure(text)
    }

    /// A year as a heading prints it: four digits from 1900 to 2099, with no separator.
    static func isYear(_ text: String) -> Bool {
        text.count == 4 && text.allSatisfy(\.isNumber) && (text.hasPrefix("19") || text.hasPrefix("20"))
    }

    /// A units row's heading, not a figure: "£000", "(£'000)", "£m", "£ 000".
    static func isUnitHeading(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard lower.contains("£") else { return false }
        var rest = lower
        for piece in ["(", ")", " ", "£", "'", "’", "000", "bn", "k", "m"] { rest = rest.replacingOccurrences(of: piece, with: "") }
        return rest.isEmpty
    }

    /// What a figure cut by the page's edge is read as: an illegible figure.
    static let cutByThePage = "?"

    /// A dash printed for no figure.
    static func isDash(_ text: String) -> Bool {
        ["-", "–", "—"].contains(text)
    }

    /// A figure as a table prints one: an amount (a footnote's marker after it allowed), a
    /// dash or n/a standing for none, or a figure cut by the page's edge.
    static func isFigure(_ text: String) -> Bool {
        if isDash(text) || text == cutByThePage || ["n/a", "nil"].contains(text.lowercased()) { return true }
        guard text.contains(where: \.isNumber), !isUnitHeading(text) else { return false }
        return PrintedTableReading.figure(text).amount != nil
    }
}
