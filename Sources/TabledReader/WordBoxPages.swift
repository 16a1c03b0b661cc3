import Foundation

/// The pages of poppler's word boxes, found on the bytes: each `<page …>…</page>` is parsed
/// on its own, so that libxml2 holds one page's tree at a time rather than a whole pack's.
struct WordBoxPages {
    /// What comes before the first page: the doctype, where entities would be declared.
    var head: Range<Int>
    /// Each page element, its opening `<page` to its closing `</page>` inclusive.
    var pages: [Range<Int>]

    init(_ bytes: [UInt8]) {
        let open = Array("<page".utf8), close = Array("</page>".utf8)
        var pages: [Range<Int>] = []
        var start: Int? = nil
        var firstPage = bytes.count
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var at = 0
            while at < buffer.count, let found = memchr(base + at, 0x3C, buffer.count - at) {
                let i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                at = i + 1
                if start == nil, Self.matches(open, at: i, in: buffer), i + open.count < buffer.count,
                   [0x20, 0x3E, 0x0A, 0x09, 0x0D].contains(buffer[i + open.count]) {
                    start = i
                    firstPage = min(firstPage, i)
                } else if let from = start, Self.matches(close, at: i, in: buffer) {
                    pages.append(from..<(i + close.count))
                    start = nil
                    at = i + close.count
                }
            }
        }
        self.head = 0..<firstPage
        self.pages = pages
    }

    private static func matches(_ word: [UInt8], at i: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i + word.count <= buffer.count else { return false }
        for k in word.indices where buffer[i + k] != word[k] { return false }
        return true
    }
}
