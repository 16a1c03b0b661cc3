/// Whole-word matching over lower-cased text, without regular expressions (a static Regex
/// is shown as leaked by LeakSanitizer, which the fuzzers run under; a Regex literal in a
/// function is parsed again on every call).
public enum Words {
    /// Whether `text` holds any of `phrases` (lower case) with no letter or digit on either side.
    public static func contains(_ text: String, anyOf phrases: [String]) -> Bool {
        if let answer = asciiContains(text, anyOf: phrases) { return answer }
        let scalars = Array(text.lowercased().unicodeScalars)
        func isWordCharacter(_ i: Int) -> Bool {
            i >= 0 && i < scalars.count && (scalars[i].properties.isAlphabetic || ("0"..."9").contains(scalars[i]) || scalars[i] == "_")
        }
        for phrase in phrases {
            let target = Array(phrase.unicodeScalars)
            guard !target.isEmpty, target.count <= scalars.count else { continue }
            for start in 0...(scalars.count - target.count) where scalars[start] == target[0] {
                guard Array(scalars[start..<(start + target.count)]) == target else { continue }
                // A boundary is needed only where the phrase itself starts or ends with a word character.
                let before = !isWordCharacterScalar(target[0]) || !isWordCharacter(start - 1)
                let after = !isWordCharacterScalar(target[target.count - 1]) || !isWordCharacter(start + target.count)
                if before && after { return true }
            }
        }
        return false
    }

    /// `contains` for ASCII text and phrases, on the bytes: it runs for every row label of a
    /// published table (thousands of times), where decoding scalars was most of its time. Nil
    /// where either is not ASCII.
    private static func asciiContains(_ text: String, anyOf phrases: [String]) -> Bool? {
        var text = text
        return text.withUTF8 { bytes -> Bool? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }
            func isWord(_ byte: UInt8) -> Bool {
                (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
            }
            for phrase in phrases {
                var phrase = phrase
                let found = phrase.withUTF8 { target -> Bool? in
                    guard !target.contains(where: { $0 >= 0x80 }) else { return nil }
                    guard !target.isEmpty, target.count <= bytes.count else { return false }
                    for start in 0...(bytes.count - target.count) where lower(bytes[start]) == target[0] {
                        var k = 1
                        while k < target.count && lower(bytes[start + k]) == target[k] { k += 1 }
                        guard k == target.count else { continue }
                        let before = !isWord(target[0]) || start == 0 || !isWord(bytes[start - 1])
                        let end = start + target.count
                        let after = !isWord(target[target.count - 1]) || end == bytes.count || !isWord(bytes[end])
                        if before && after { return true }
                    }
                    return false
                }
                guard let found else { return nil }
                if found { return true }
            }
            return false
        }
    }

    private static func isWordCharacterScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_"
    }

    /// Money amounts as prose writes them: `£996,467`, `£2.122m`, `£3.3 million`, `£450k`.
    /// Each is a `£`, an optional space, digits and commas, optional decimals, and an optional
    /// unit word, not run into a following letter or digit.
    public static func moneyAmounts(in text: String) -> [String] {
        guard text.contains("£") else { return [] }
        let scalars = Array(text.unicodeScalars)
        func isDigit(_ i: Int) -> Bool { i < scalars.count && ("0"..."9").contains(scalars[i]) }
        func isWordCharacter(_ i: Int) -> Bool { i < scalars.count && isWordCharacterScalar(scalars[i]) }
        var found: [String] = []
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "£" else { i += 1; continue }
            let start = i
            var j = i + 1
            if j < scalars.count, scalars[j] == " " || scalars[j] == "\u{00A0}" { j += 1 }
            guard isDigit(j) else { i += 1; continue }
            while isDigit(j) || (j < scalars.count && scalars[j] == "," && isDigit(j + 1)) { j += 1 }
            if j < scalars.count, scalars[j] == ".", isDigit(j + 1) {
                j += 1
                while isDigit(j) { j += 1 }
            }
            var end = j
            // A unit word, with or without a space before it, when it ends the word.
            var k = j
            if k < scalars.count, scalars[k] == " " { k += 1 }
            for unit in ["million", "billion", "bn", "m", "k"] {
                let word = Array(unit.unicodeScalars)
                if k + word.count <= scalars.count, Array(scalars[k..<(k + word.count)]).map({ Unicode.Scalar($0.value | 0x20) ?? $0 }) == word,
                   !isWordCharacter(k + word.count) {
                    end = k + word.count
                    break
                }
            }
            // A number run straight into a letter ("£5mn") is not an amount.
            if end == j && isWordCharacter(j) { i = j; continue }
            found.append(String(String.UnicodeScalarView(scalars[start..<end])))
            i = end
        }
        return found
    }
}
