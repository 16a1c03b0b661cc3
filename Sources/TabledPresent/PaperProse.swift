import TabledCheck
import TabledModel

/// The officers' prose of a checked paper, framed as the templates place it: what the
/// prose checks read, whether or not the paper goes on to be rendered.
public enum PaperProse {
    /// Every placed block of the paper that holds prose written in its file.
    public static func blocks(of checked: CheckedReport, style: HouseStyle) -> [PlacedBlock] {
        var presenter = Presenter(checked: checked, style: style)
        _ = presenter.view()
        return presenter.placer.blocks.filter { $0.location != nil && !$0.markdown.isEmpty }
    }
}
