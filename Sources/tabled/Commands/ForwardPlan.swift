import ArgumentParser
import Foundation
import TabledCommandLine
import TabledModel
import TabledPack

/// `tabled forward-plan`: the notice of key decisions on the agendas given.
struct ForwardPlan: ParsableCommand, ListsFiles {
    static let configuration = CommandConfiguration(
        commandName: "forward-plan",
        abstract: "Write the notice of key decisions (the forward plan) for the agendas given.",
        discussion: """
        Lists each key decision on the agendas: its forward plan reference, title, decision \
        maker, date, wards, whether it is exempt and why, the documents and the contact, sorted \
        by date, in DIR/forward-plan.html and .txt, and as forward-plan.json \
        (docs/forward-plan.schema.json). With --published, a key decision fewer than \
        28 clear days after the plan's publication is a warning naming the dates.
        """
    )

    @Argument(help: "Agenda YAML files, one per meeting.")
    var agendas: [String]

    var listedFiles: [String] {
        get { agendas }
        set { agendas = newValue }
    }

    @Option(name: .shortAndLong, help: "Folder to write into (default: the current folder).")
    var output: String = "."

    @Option(name: .long, help: "Output formats, comma-separated: html, text, pdf, docx, markdown.")
    var format: String = "html,text"

    @Option(name: .long, help: "The plan's publication date, YYYY-MM-DD, for the 28 clear days' notice.")
    var published: String?

    @Option(name: .long, help: "A house style file.")
    var style: String?

    mutating func run() throws {
        if let project = try ProjectFile.find(for: agendas) { style = style ?? project.style }
        let (formats, printer) = try NoticeWriter.setup(format)
        var date: ISODate?
        if let published {
            guard let parsed = ISODate(published) else {
                Console.fail("--published '\(published)' is not a date; write it YYYY-MM-DD")
                throw ExitStatus.usage.exitCode
            }
            date = parsed
        }
        let renderer = try RendererSetup.make(templates: nil, style: style)
        CommitGuard.install()
        var meetings: [ForwardPlanBuilder.Meeting] = []
        var diagnostics: [Diagnostic] = []
        for agendaPath in agendas {
            let loaded = AgendaFiles.load(agendaPath, from: DiskFiles())
            if let unreadable = loaded.unreadable {
                Console.fail(unreadable.message)
                throw ExitStatus.usage.exitCode
            }
            diagnostics += loaded.diagnostics
            let (reports, problems) = loaded.readReports()
            diagnostics += problems
            if let agenda = loaded.agenda { meetings.append(.init(agenda: agenda, reports: reports)) }
        }
        let built = ForwardPlanBuilder.build(meetings, published: date, style: renderer.style)
        diagnostics = (diagnostics + built.diagnostics).sortedByLocation()
        Console.print(diagnostics)
        if diagnostics.hasErrors {
            Console.err("no forward plan written: fix the errors above")
            throw ExitStatus.inputErrors.exitCode
        }
        let header = [renderer.style.council, "Notice of key decisions"].compactMap { $0 }
        let writer = NoticeWriter(renderer: renderer, formats: formats, printer: printer)
        let roots = agendas.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path }
        if let failure = writer.write(renderer.notice(built.blocks, title: "Notice of key decisions", header: header), name: "forward-plan",
                                      folder: output, readableFrom: roots,
                                      json: NoticeJSON.forwardPlan(built, published: date, council: renderer.style.council)) {
            Console.fail(failure)
            throw ExitStatus.writeFailed.exitCode
        }
        Console.say("forward plan: \(built.entries) key decision\(built.entries == 1 ? "" : "s")")
    }
}
