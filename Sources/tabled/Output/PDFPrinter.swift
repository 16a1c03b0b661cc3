import Foundation
import TabledPresent
import TabledCommandLine

/// Turns a rendered HTML page into an A4 PDF with WeasyPrint, which honours the print CSS
/// (running header, "Page N of M", tables kept whole).
///
/// WeasyPrint runs through `fetcherScript`, a few lines of Python against its API: it may
/// read files only inside the folders it is given (the paper's and the house style's), never
/// the network, and it dies with Tabled (`PR_SET_PDEATHSIG`), so an interrupted run leaves
/// no printer behind. Anything it was refused is reported, and left out of the PDF.
enum PDFPrinter {
    static let installHelp = "PDF output needs WeasyPrint: install it with 'apt-get install weasyprint' (or 'pip install weasyprint')"

    /// The Python that runs WeasyPrint: the interpreter its own command starts with.
    struct Printer: Sendable {
        var python: String
    }

    /// The printer, or a clear error and exit 2 before anything is written.
    static func required() throws -> Printer {
        guard let found = locate() else {
            Console.fail(installHelp)
            throw ExitStatus.usage.exitCode
        }
        return found
    }

    /// WeasyPrint named by `TABLED_WEASYPRINT` (the one `make` sets up, new enough to mark
    /// running headers as artifacts), else on PATH, if any, and the Python its script names.
    static func locate() -> Printer? {
        let environment = ProcessInfo.processInfo.environment
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        let named = environment["TABLED_WEASYPRINT"].map { [$0] } ?? []
        for candidate in named + path.split(separator: ":").map({ "\($0)/weasyprint" }) {
            guard FileManager.default.isExecutableFile(atPath: candidate) else { continue }
            let firstLine = (try? String(contentsOfFile: candidate, encoding: .utf8))?.split(separator: "\n").first ?? ""
            let python = firstLine.hasPrefix("#!") ? String(firstLine.dropFirst(2)).trimmingCharacters(in: .whitespaces) : "/usr/bin/python3"
            return Printer(python: python.split(separator: " ").first.map(String.init) ?? python)
        }
        return nil
    }

    /// Prints `html` to `path` atomically; files are read only from `roots`, relative links
    /// resolve against `base`. Returns the addresses it refused to fetch.
    @discardableResult
    static func print(_ html: String, to path: String, using printer: Printer, roots: [String], base: String,
                      printStylesheet: String? = nil) throws(OutputWriter.Failure) -> [String] {
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        let stem = ".\(target.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
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
            try Data((PageStyle.printOnly + (printStylesheet ?? "")).utf8).write(to: css)
        } catch {
            throw OutputWriter.Failure(message: "cannot write '\(path)': \(error.localizedDescription)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: printer.python)
        process.arguments = ["-c", fetcherScript, page.path, pdf.path, css.path, URL(fileURLWithPath: base).absoluteString] + roots
        var environment = ProcessInfo.processInfo.environment
        // Fixed dates in the PDF's metadata, so a run prints the same bytes as the last.
        environment["SOURCE_DATE_EPOCH"] = "0"
        process.environment = environment
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
        return message.split(separator: "\n").compactMap { line in
            line.hasPrefix("tabled-refused ") ? String(line.dropFirst("tabled-refused ".count)) : nil
        }
    }

    /// WeasyPrint with a URL fetcher that reads files under the given folders and nothing else.
    static let fetcherScript = #"""
        import ctypes, logging, os, signal, sys, urllib.parse
        try:
            ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: end with Tabled
        except Exception:
            pass
        if os.getppid() == 1:
            sys.exit(3)
        logging.getLogger("weasyprint").setLevel(logging.CRITICAL)
        from weasyprint import CSS, HTML
        page, pdf, css, base, *roots = sys.argv[1:]
        roots = [os.path.realpath(root) for root in roots]
        def allowed(url):
            if url.startswith("file:"):
                path = os.path.realpath(urllib.parse.unquote(urllib.parse.urlparse(url).path))
                if any(path == root or path.startswith(root.rstrip("/") + "/") for root in roots):
                    return True
            print("tabled-refused " + url, file=sys.stderr)
            return False
        try:  # WeasyPrint 68 and later: a fetcher is a URLFetcher
            from weasyprint.urls import URLFetcher
            class Fetcher(URLFetcher):
                def fetch(self, url, headers=None):
                    if not allowed(url):
                        raise ValueError("Tabled does not let a paper fetch " + url)
                    return super().fetch(url, headers)
            fetch = Fetcher(allowed_protocols=["file"])
        except ImportError:  # before it, a function
            from weasyprint import default_url_fetcher
            def fetch(url, *args, **kwargs):
                if not allowed(url):
                    raise ValueError("Tabled does not let a paper fetch " + url)
                return default_url_fetcher(url, *args, **kwargs)
        with open(page, encoding="utf-8") as f:
            document = HTML(string=f.read(), base_url=base, url_fetcher=fetch)
        # PDF/UA-1: tagged (headings, lists, tables with their headers), language, title shown.
        try:
            document.write_pdf(pdf, stylesheets=[CSS(filename=css)], pdf_variant="pdf/ua-1")
        except TypeError:  # WeasyPrint before 59 names the option `variant`
            document.write_pdf(pdf, stylesheets=[CSS(filename=css)], variant="pdf/ua-1")
        """#
}
