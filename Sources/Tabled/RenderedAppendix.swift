import TabledModel
import TabledPresent

/// An appendix rendered with its report, numbered as the report numbers it.
public struct RenderedAppendix: Sendable {
    /// "Appendix A", "Annex 1": the report's numbering, which its list and references use.
    public var number: String
    public var anchor: String
    /// The title the report lists it by.
    public var title: String
    /// Set when the appendix is not for publication: the public paper carries only its title and this notice.
    public var exempt: ExemptNotice?
    /// The appendix in full, anchors prefixed to sit in its report's page.
    public var blocks: [Block]
    /// An exempt appendix as a paper of its own, for the confidential files it is written to.
    public var paper: RenderedPaper?

    /// The appendix as it ends its report's page in full, starting a page of its own in print.
    var fullBlock: Block { .division(role: .appendix, blocks) }
}
