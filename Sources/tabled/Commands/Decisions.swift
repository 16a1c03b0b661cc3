import ArgumentParser
import Foundation
import TabledCommandLine
import TabledModel
import TabledPack
import TabledReader

/// `tabled decisions`: the decision notice after a meeting, with its call-in deadline.
struct Decisions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decisions",
        abstract: "Write a meeting's decision notice, with its call-in deadline.",
        discussion: """
        Reads DECISIONS.yaml (its agenda, the publication date, and per item the decision, \
        reasons, alternatives and interests) and writes DIR/BODY-DATE-decisions.html and .txt, \
        and its JSON form BODY-DATE-decisions.json (docs/decisions.schema.json). \
        The call-in deadline is 5pm on the fifth clear working day after publication, skipping \
        weekends, the bank holidays of England and Wales and the house style's closures.
        """
    )

    @OptionGroup var options: RecordOptions

    private var file: String { options.file }

    mutating func run() throws {
        let (writer, renderer, source) = try options.setUp()
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        let result = DecisionNoticeBuilder.build(recordAt: file, text: source, from: DiskFiles(), style: renderer.style)
        let (built, diagnostics) = (result.notice, result.diagnostics)
        guard let notice = built, !GlobalOptions.refuses(diagnostics) else { return try fail(diagnostics) }
        Console.print(diagnostics)
        let target = options.output ?? folder.path
        if let failure = writer.write(renderer.notice(notice.blocks, title: notice.title, header: notice.header), name: notice.name,
                                      folder: target, readableFrom: [folder.path], json: NoticeJSON.decisions(notice)) {
            Console.fail(failure)
            throw ExitStatus.writeFailed.exitCode
        }
        Console.say("\(file): published \(notice.published.longForm); call-in deadline 5pm on \(notice.callIn.weekday) \(notice.callIn.longForm)")
    }

    private func fail(_ diagnostics: [Diagnostic]) throws {
        Console.print(diagnostics)
        Console.err("\(file): no decision notice written: fix the errors above")
        throw ExitStatus.inputErrors.exitCode
    }
}
