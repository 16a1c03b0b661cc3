import TabledModel

/// Reads a `tabled.yaml` project file into its settings, every mistake located.
public enum ProjectReader {
    public static let keys = ["style", "templates", "format", "output"]

    public static func read(_ text: String, file: String) -> (settings: ProjectSettings?, diagnostics: [Diagnostic]) {
        let read = NodeReader.readDocument(text, file: file) { reader, root -> ProjectSettings? in
            // An empty project file is a project with no settings.
            if NodeReader.isNull(root) { return ProjectSettings() }
            guard let fields = reader.fields(root, named: "the project", allowed: keys, context: "the project file") else { return nil }
            func text(_ key: String) -> Located<String>? { fields.present(key).flatMap { reader.text($0, named: key) } }
            return ProjectSettings(style: text("style"), templates: text("templates"), format: text("format"), output: text("output"))
        }
        return (read.value, read.diagnostics)
    }
}
