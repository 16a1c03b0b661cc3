import Foundation
import TabledCommandLine

/// What each rebuild says on the terminal: a line with the time and the outcome, and every
/// error and warning as `render` prints them.
enum PreviewReport {
    @Sendable static func print(_ render: PreviewRender) {
        let time = Console.time()
        var lines = (render.errors + render.warnings).map(\.text)
        if render.html != nil {
            let warnings = render.warnings.count
            lines.append("[\(time)] rendered" + (warnings == 0 ? "" : " with \(warnings) warning\(warnings == 1 ? "" : "s")"))
        } else {
            let errors = render.errors.count
            lines.append("[\(time)] not rendered: \(errors) error\(errors == 1 ? "" : "s"); the page shows \(errors == 1 ? "it" : "them")")
        }
        Console.err(lines.joined(separator: "\n"))
    }
}
