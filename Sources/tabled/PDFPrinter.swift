import Foundation

/// Turns a rendered HTML page into an A4 PDF with WeasyPrint, which honours the print CSS
/// (running header, "Page N of M", tables kept whole).
enum PDFPrinter {
    static let installHelp = "PDF output needs WeasyPrint: install it with 'apt-get install weasyprint' (or 'pip install weasyprint')"

    /// The weasyprint executable, or a clear error and exit 2 before anything is written.
    static func required() throws -> String {
        guard let found = locate() else {
            Console.fail(installHelp)
            throw ExitStatus.usage.exitCode
        }
        return found
    }

    /// The weasyprint executable on PATH, if any.
    static func locate() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/weasyprint"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Prints `html` to `path` atomically: WeasyPrint writes a temporary file that is then renamed.
    static func print(_ html: String, to path: String, using weasyprint: String, printStylesheet: String? = nil) throws(OutputWriter.Failure) {
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        let stem = ".\(target.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        // The page is written beside the PDF so that relative links (a logo) resolve as they do for the HTML.
        let page = folder.appendingPathComponent(stem + ".html")
        let pdf = folder.appendingPathComponent(stem + ".pdf")
        let css = folder.appendingPathComponent(stem + ".css")
        defer {
            try? FileManager.default.removeItem(at: page)
            try? FileManager.default.removeItem(at: pdf)
            try? FileManager.default.removeItem(at: css)
        }
        do {
            try Data(html.utf8).write(to: page)
            if let printStylesheet { try Data(printStylesheet.utf8).write(to: css) }
        } catch {
            throw OutputWriter.Failure(message: "cannot write '\(path)': \(error.localizedDescription)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: weasyprint)
        process.arguments = ["--quiet"] + (printStylesheet == nil ? [] : ["--stylesheet", css.path]) + [page.path, pdf.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw OutputWriter.Failure(message: "cannot run WeasyPrint: \(error.localizedDescription)")
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: pdf.path) else {
            throw OutputWriter.Failure(message: "WeasyPrint could not print '\(path)': \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        if rename(pdf.path, path) != 0 {
            throw OutputWriter.Failure(message: "cannot write '\(path)': \(String(cString: strerror(errno)))")
        }
    }
}
