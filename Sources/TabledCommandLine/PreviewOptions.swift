import ArgumentParser

/// What `tabled preview` is asked for, parsed by `tabled` and again by `tabled-preview`.
package struct PreviewOptions: ParsableArguments {
    @Argument(help: "The paper's YAML file.")
    package var file: String

    @Option(name: .long, help: "The port to listen on, on 127.0.0.1 only (0 picks a free one).")
    package var port: Int = 4848

    @Option(name: .long, help: "A house style file: numbering, negatives, the council's name.")
    package var style: String?

    @Option(name: .long, help: "Folder of templates that override the defaults by file name.")
    package var templates: String?

    @Flag(name: .long, help: "Open the page in the default browser.")
    package var open = false

    package init() {}

    /// The options as arguments again, for `tabled preview` to hand to `tabled-preview`.
    package var arguments: [String] {
        // "--" keeps a paper named like an option a file name.
        var arguments = ["--port", String(port)]
        if let style { arguments += ["--style", style] }
        if let templates { arguments += ["--templates", templates] }
        if open { arguments.append("--open") }
        return arguments + ["--", file]
    }
}
