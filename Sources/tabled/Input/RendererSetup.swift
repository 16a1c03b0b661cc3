import Tabled
import TabledCommandLine
import TabledPresent

/// The renderer that `--templates` and `--style` ask for, shared by render and pack.
enum RendererSetup {
    /// Reports a bad template folder, style file or template, and throws the exit code.
    static func make(templates: String?, style: String?) throws -> PaperRenderer {
        let templateSet: TemplateSet
        switch TemplateFolder.load(templates) {
        case .success(let set): templateSet = set
        case .failure(let error):
            Console.fail(error.message)
            throw ExitStatus.usage.exitCode
        }
        let houseStyle = try HouseStyleFile.load(style)
        do {
            return try PaperRenderer(templates: templateSet, style: houseStyle)
        } catch {
            Console.fail("\(error)")
            throw ExitStatus.usage.exitCode
        }
    }
}
