import TabledModel
import TabledPresent

/// A notice's blocks for the layout stage, in order: typed ones, and the clerk's prose to
/// be parsed in place. Notices have no templates of their own; this is their template.
struct NoticeBlocks {
    private var placer = BlockPlacer()
    private var tokens: [String] = []

    mutating func add(_ frame: PlacedBlock.Frame, markdown text: String = "", location: SourceLocation? = nil) {
        tokens.append(placer.place(PlacedBlock(frame, markdown: text, location: location)).renderText)
    }

    /// A small heading and the prose under it.
    mutating func section(_ heading: String, _ prose: Located<String>) {
        add(.block(.heading(level: 3, [.text(heading)])))
        add(.prose, markdown: prose.value, location: prose.location)
    }

    var presented: PresentedPaper { PresentedPaper(markdown: tokens.joined(separator: "\n\n") + "\n", blocks: placer.blocks) }
}
