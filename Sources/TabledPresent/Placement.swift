import Mustache

/// Where a template puts one of the blocks Tabled builds: `{{{block}}}` on a line of its own.
///
/// The template prints a token (U+FFFC OBJECT REPLACEMENT CHARACTER around the block's
/// number); the layout stage puts the typed block itself in the tree at that place. No
/// value a paper supplies can print the character: Markdown escaping removes it.
public struct Placement: Sendable, MustacheCustomRenderable {
    public static let marker: Character = "\u{FFFC}"

    public let index: Int

    public var renderText: String { "\u{FFFC}\(index)\u{FFFC}" }
    public var isNull: Bool { false }

    /// The block number a token stands for, if `text` is exactly one token.
    public static func index(inToken text: String) -> Int? {
        // Most texts asked about are prose: its first and last bytes turn them away before
        // their characters are counted.
        let bytes = text.utf8
        guard bytes.count >= 7, bytes.first == 0xEF, bytes.last == 0xBC else { return nil }
        guard text.count >= 3, text.first == marker, text.last == marker else { return nil }
        return Int(text.dropFirst().dropLast())
    }
}
