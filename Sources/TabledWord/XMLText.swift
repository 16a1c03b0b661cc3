/// Text made safe for an XML document: markup characters escaped, and characters XML 1.0
/// forbids (most C0 controls, U+FFFE, U+FFFF) dropped, so no field of a paper can break
/// or inject into the Word document's XML.
public enum XMLText {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF || (v >= 0x7F && v <= 0x84) || (v >= 0x86 && v <= 0x9F) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
