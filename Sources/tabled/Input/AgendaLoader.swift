import Foundation
import Tabled
import TabledCommandLine
import TabledModel
import TabledPack

/// Builds an agenda's pack in memory through the library, for `tabled pack`, which then
/// writes it, and `tabled check`, which only reports.
enum AgendaLoader {
    /// Reads the agenda and its reports from the disk, then builds the pack in memory.
    static func build(_ agendaPath: String, with builder: PackBuilder, word: Bool = false) -> Pack.Result {
        var result = Pack.Result()
        let outcome = builder.build(agendaAt: agendaPath, from: DiskFiles(), word: word)
        if let unreadable = outcome.loaded.unreadable {
            result.failure = unreadable.message
            result.status = .usage
            return result
        }
        result.pack = outcome.pack
        result.diagnostics = outcome.diagnostics
        result.status = outcome.pack == nil || outcome.diagnostics.hasErrors ? .inputErrors : .success
        return result
    }
}
