/// A linear formula over named figures: `opening - (savings - pressures)`.
///
/// Papers only add and subtract, so a formula reduces to signed names.
public struct Formula: Equatable, Sendable {
    public struct Term: Equatable, Sendable {
        public var sign: Int
        public var name: String
    }

    public var terms: [Term]

    public enum ParseError: Error, Equatable, Sendable {
        case unexpected(String)
        case unbalanced
        case empty
    }

    public static func parse(_ text: String) -> Result<Formula, ParseError> {
        var parser = FormulaParser(Array(text))
        do {
            let terms = try parser.expression(sign: 1)
            parser.skipSpaces()
            if !parser.atEnd { return .failure(parser.atChar == ")" ? .unbalanced : .unexpected(String(parser.rest))) }
            if terms.isEmpty { return .failure(.empty) }
            return .success(Formula(terms: terms))
        } catch let error as ParseError {
            return .failure(error)
        } catch {
            return .failure(.empty)
        }
    }
}

/// Recursive descent over `term (('+'|'-') term)*`, where a term is a name or a bracketed expression.
private struct FormulaParser {
    let chars: [Character]
    var index = 0

    init(_ chars: [Character]) { self.chars = chars }

    var atEnd: Bool { index >= chars.count }
    var atChar: Character? { atEnd ? nil : chars[index] }
    var rest: Substring { Substring(String(chars[index...])) }

    mutating func skipSpaces() {
        while let c = atChar, c == " " { index += 1 }
    }

    mutating func expression(sign: Int) throws -> [Formula.Term] {
        var terms = try term(sign: sign)
        while true {
            skipSpaces()
            guard let c = atChar, c == "+" || c == "-" else { return terms }
            index += 1
            terms += try term(sign: c == "-" ? -sign : sign)
        }
    }

    mutating func term(sign: Int) throws -> [Formula.Term] {
        skipSpaces()
        guard let c = atChar else { throw Formula.ParseError.empty }
        if c == "(" {
            index += 1
            let inner = try expression(sign: sign)
            skipSpaces()
            guard atChar == ")" else { throw Formula.ParseError.unbalanced }
            index += 1
            return inner
        }
        var name = ""
        while let c = atChar, c.isLetter || c.isNumber || c == "_" || c == "." {
            name.append(c)
            index += 1
        }
        // Every part of a dotted name must be there: "a.b", never ".", "a." or "a..b".
        guard !name.isEmpty, name.split(separator: ".", omittingEmptySubsequences: false).allSatisfy({ !$0.isEmpty }) else {
            throw Formula.ParseError.unexpected(name.isEmpty ? String(rest) : name)
        }
        return [Formula.Term(sign: sign, name: name)]
    }
}
