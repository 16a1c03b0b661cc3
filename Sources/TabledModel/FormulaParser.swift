/// Recursive descent over `sum := ['+'|'-'] product (('+'|'-') product)*`,
/// `product := factor (('*'|'/') factor)*`, `factor := name | number | '(' sum ')'`.
/// Recursion happens only at brackets, which are bounded by `Formula.maximumDepth`.
struct FormulaParser {
    let chars: [Character]
    var index = 0

    init(_ chars: [Character]) { self.chars = chars }

    var atEnd: Bool { index >= chars.count }
    var atChar: Character? { atEnd ? nil : chars[index] }
    var rest: Substring { Substring(String(chars[index...])) }

    mutating func skipSpaces() {
        while let c = atChar, c == " " { index += 1 }
    }

    mutating func expression(depth: Int) throws -> Formula.Expression {
        var parts: [Formula.Expression.Signed] = []
        skipSpaces()
        var sign = 1
        if let c = atChar, c == "+" || c == "-" || c == "\u{2212}" {
            sign = c == "+" ? 1 : -1
            index += 1
        }
        parts.append(.init(sign: sign, expression: try product(depth: depth)))
        while true {
            skipSpaces()
            guard let c = atChar, c == "+" || c == "-" || c == "\u{2212}" else { break }
            index += 1
            parts.append(.init(sign: c == "+" ? 1 : -1, expression: try product(depth: depth)))
        }
        return parts.count == 1 && parts[0].sign == 1 ? parts[0].expression : .sum(parts)
    }

    mutating func product(depth: Int) throws -> Formula.Expression {
        var factors: [Formula.Expression.Factor] = [.init(divides: false, expression: try factor(depth: depth))]
        while true {
            skipSpaces()
            guard let c = atChar, c == "*" || c == "/" || c == "×" || c == "÷" else { break }
            index += 1
            factors.append(.init(divides: c == "/" || c == "÷", expression: try factor(depth: depth)))
        }
        return factors.count == 1 ? factors[0].expression : .product(factors)
    }

    mutating func factor(depth: Int) throws -> Formula.Expression {
        skipSpaces()
        guard let c = atChar else { throw Formula.ParseError.empty }
        if c == "(" {
            guard depth < Formula.maximumDepth else { throw Formula.ParseError.tooDeep }
            index += 1
            let inner = try expression(depth: depth + 1)
            skipSpaces()
            guard atChar == ")" else { throw Formula.ParseError.unbalanced }
            index += 1
            return inner
        }
        var token = ""
        while let c = atChar, c.isLetter || c.isNumber || c == "_" || c == "." {
            token.append(c)
            index += 1
        }
        // A number is digits with at most one point (100, 0.5); anything else is a name.
        if let first = token.first, first.isASCII, first.isNumber || first == ".",
           token.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." }) {
            guard token.filter({ $0 == "." }).count <= 1, let amount = Amount.readPlain(token) else {
                throw Formula.ParseError.unexpected(token)
            }
            return .constant(amount)
        }
        // Every part of a dotted name must be there: "a.b", never ".", "a." or "a..b".
        guard !token.isEmpty, token.split(separator: ".", omittingEmptySubsequences: false).allSatisfy({ !$0.isEmpty }) else {
            throw Formula.ParseError.unexpected(token.isEmpty ? String(rest) : token)
        }
        return .name(token)
    }
}
