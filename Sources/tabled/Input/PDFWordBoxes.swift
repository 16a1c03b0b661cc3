import Foundation
import TabledModel

/// Runs poppler's `pdftotext -bbox-layout` on a PDF: its words with their boxes, page by
/// page, for `PDFPaperReader`. Poppler does the PDF; Tabled reads only its XHTML.
enum PDFWordBoxes {
    static let installHelp = "checking a PDF needs poppler's pdftotext: install it with 'apt-get install poppler-utils'"
    /// A 50-page pack gives a few megabytes of boxes; this bounds a hostile file.
    static let maximumOutputBytes = 256 * 1024 * 1024

    /// How long poppler may take on a file of this many bytes: 6 seconds and 20 a megabyte, at
    /// most 120. A real pack takes well under a second a page and stores its text in far more
    /// bytes than that (fonts, drawing); a few kilobytes of one page drawn a hundred times, on
    /// which poppler's layout is slower than linear in the words, are stopped early.
    static func timeoutSeconds(forFileOf bytes: Int) -> Int {
        min(120, 6 + bytes / (50 * 1024))
    }

    /// How many words a file of this many bytes may give: 100,000 and 200 a kilobyte, at most
    /// `maximumWords`. Real papers give under ten words a kilobyte (Tests/Published: 2 to 8).
    static func maximumWords(forFileOf bytes: Int) -> Int {
        min(maximumWords, 100_000 + bytes / 1024 * 200)
    }

    /// The most words of any file: the reader's own limit on elements.
    static let maximumWords = 2_000_000

    enum Failure: Error {
        /// pdftotext is not installed: exit 2.
        case missingTool
        /// Poppler could not read the file: a diagnostic on the file.
        case unreadable(DiagnosticKind.UnreadablePaper)
    }

    static func read(_ path: String) -> Result<[UInt8], Failure> {
        guard let tool = BoundedRun.locate("pdftotext") else { return .failure(.missingTool) }
        let size = fileSize(path)
        let timeout = timeoutSeconds(forFileOf: size)
        let wordLimit = maximumWords(forFileOf: size)
        var words = WordCounter()
        // "--" so that a file named like an option is a file.
        let run = BoundedRun.run(tool, ["-bbox-layout", "-enc", "UTF-8", "--", path, "-"], seconds: timeout) { output, from in
            words.count(output, from: from)
            return output.count <= maximumOutputBytes && words.total <= wordLimit
        }
        switch run.ending {
        case .cannotStart(let why):
            return .failure(.unreadable(.popplerCannotStart(why)))
        case .stopped where words.total > wordLimit:
            return .failure(.unreadable(.tooManyWordsForSize(wordLimit, kilobytes: size / 1024)))
        case .stopped:
            return .failure(.unreadable(.popplerOutputTooLarge(megabytes: maximumOutputBytes / 1024 / 1024)))
        case .timedOut:
            return .failure(.unreadable(.popplerTimeout(seconds: timeout, kilobytes: size / 1024)))
        case .finished(let status, let message):
            guard status == 0 else {
                if message.lowercased().contains("password") || message.lowercased().contains("encrypt") {
                    return .failure(.unreadable(.encrypted))
                }
                let firstLine = message.split(separator: "\n").first.map(String.init) ?? "pdftotext failed"
                return .failure(.unreadable(.popplerCannotRead(firstLine)))
            }
            return .success(run.output)
        }
    }

    static func fileSize(_ path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    /// Counts `<word` as poppler's output arrives, so that a file of too many words is stopped
    /// before its boxes are all held.
    struct WordCounter {
        private(set) var total = 0
        private static let marker = Array("<word".utf8)

        /// Counts the markers starting at or after `from`, and those straddling it.
        mutating func count(_ bytes: [UInt8], from: Int) {
            var i = max(0, from - Self.marker.count + 1)
            let end = bytes.count - Self.marker.count
            while i <= end {
                if bytes[i] == 0x3C, bytes[i + 1] == 0x77, bytes[i + 2] == 0x6F, bytes[i + 3] == 0x72, bytes[i + 4] == 0x64 { total += 1 }
                i += 1
            }
        }
    }
}
