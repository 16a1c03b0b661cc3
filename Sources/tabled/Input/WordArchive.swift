import Foundation
import TabledModel
import ZIPFoundation

/// Takes `word/document.xml` out of a .docx for `WordPaperReader`.
///
/// The archive is read from the file, not from memory: ZIPFoundation 0.9.20's in-memory
/// archive traps on a zip whose directory points past its end (found by fuzzing), where the
/// file-backed one reads short and fails. The part is inflated under a hard limit, so a zip
/// bomb stops at `maximumDocumentBytes` whatever its headers claim.
enum WordArchive {
    /// The main part of the largest real papers is a few megabytes.
    static let maximumDocumentBytes = 64 * 1024 * 1024

    private struct TooLarge: Error {}

    /// The document part, or why there is none, in words for `input.unreadable-paper`.
    static func documentXML(_ path: String) -> Result<[UInt8], WhyNot> {
        guard let archive = try? Archive(url: URL(fileURLWithPath: path), accessMode: .read, pathEncoding: nil) else {
            return .failure(WhyNot(.notZip))
        }
        guard let entry = archive["word/document.xml"] else {
            return .failure(WhyNot(.noDocumentPart))
        }
        let tooLarge = WhyNot(.unpackedTooLarge(megabytes: maximumDocumentBytes / 1024 / 1024))
        guard entry.uncompressedSize <= UInt64(maximumDocumentBytes) else { return .failure(tooLarge) }
        var xml: [UInt8] = []
        do {
            // ZIPFoundation works the CRC out but leaves comparing it to the caller.
            let crc = try archive.extract(entry, skipCRC32: false) { chunk in
                guard xml.count + chunk.count <= maximumDocumentBytes else { throw TooLarge() }
                xml += chunk
            }
            guard crc == entry.checksum else {
                return .failure(WhyNot(.cannotUnpack("word/document.xml fails its CRC-32 check: the file is damaged")))
            }
        } catch is TooLarge {
            return .failure(tooLarge)
        } catch {
            return .failure(WhyNot(.cannotUnpack("\(error)")))
        }
        return .success(xml)
    }

    struct WhyNot: Error {
        var reason: DiagnosticKind.UnreadablePaper
        init(_ reason: DiagnosticKind.UnreadablePaper) { self.reason = reason }
    }
}
