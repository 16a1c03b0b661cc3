import ArgumentParser
import Foundation
import Tabled
import TabledCommandLine
import TabledModel
import TabledPack

/// `tabled minutes`: a meeting's minutes, public and (for items taken in private) confidential.
struct MinutesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutes",
        abstract: "Write a meeting's minutes: present, apologies, declarations, and each item's resolution and vote.",
        discussion: """
        Reads MINUTES.yaml (its agenda, who was present, apologies, declarations of interest, and \
        per item what was resolved and the vote) and writes DIR/BODY-DATE-minutes.html and .txt. \
        An item taken in private shows only its public_summary there; its minute and resolution \
        go to DIR/confidential/BODY-DATE-minutes-confidential.* only. Start a minutes file from \
        an agenda with 'tabled new minutes PATH --agenda AGENDA'.
        """
    )

    @OptionGroup var options: RecordOptions

    private var file: String { options.file }

    mutating func run() throws {
        let (writer, renderer, source) = try options.setUp()
        let built = MinutesBuilder.build(recordAt: file, text: source, from: DiskFiles(), style: renderer.style)
        Console.print(built.diagnostics)
        guard let minutes = built.minutes, !GlobalOptions.refuses(built.diagnostics) else {
            Console.err("\(file): no minutes written: fix the errors above")
            throw ExitStatus.inputErrors.exitCode
        }
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent().path
        let target = options.output ?? folder
        // Confidential first: the public minutes are never there without their confidential part.
        if let confidential = minutes.confidentialBlocks {
            let name = PublicView.fileName(minutes.name, for: .confidential)
            let path = (target as NSString).appendingPathComponent(PublicView.packPath(name, for: .confidential))
            if let failure = writer.write(renderer.notice(confidential, title: "Confidential minutes: " + minutes.title.dropFirst("Minutes: ".count),
                                                          header: minutes.confidentialHeader, audience: .confidential),
                                          name: name, folder: (path as NSString).deletingLastPathComponent, readableFrom: [folder]) {
                Console.fail(failure)
                throw ExitStatus.writeFailed.exitCode
            }
        }
        if let failure = writer.write(renderer.notice(minutes.publicBlocks, title: minutes.title, header: minutes.header), name: minutes.name,
                                      folder: target, readableFrom: [folder]) {
            Console.fail(failure)
            throw ExitStatus.writeFailed.exitCode
        }
        Console.say("\(file): minutes of \(minutes.title.dropFirst("Minutes: ".count))")
    }
}
