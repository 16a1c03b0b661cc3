/// A formula over named figures: `opening - (savings - pressures)`, or a ratio such as
/// `actual / forecast * 100`.
///
/// Most formulas only add and subtract; those reduce to signed names (`terms`) and are
/// checked by the rounding rule for sums. A formula that multiplies, divides or uses a
/// constant is kept as an expression and checked by interval arithmetic.
public struct Formula: Equatable, Sendable {
    public struct Term: Equatable, Sendable {
        public var sign: Int
        public var name: String
    }

    /// A formula as written, with sums and products kept flat so that a long sum is not a
    /// deep tree: only brackets nest, and they are bounded.
    public indirect enum Expression: Equatable, Sendable {
        case name(String)
        case constant(Amount)
        /// Terms added (sign 1) or subtracted (sign -1).
        case sum([Signed])
        /// The first factor, then each further one multiplied (`divides` false) or divided by.
        case product([Factor])

        public struct Signed: Equatable, Sendable {
            public var sign: Int
            public var expression: Expression
        }

        public struct Factor: Equatable, Sendable {
            public var divides: Bool
            public var expression: Expression
        }
    }

    public var expression: Expression
    /// Every name the formula uses, in order, each signed as it is added or subtracted when
    /// the formula is linear (+1 for any name inside a product).
    public var terms: [Term]
    /// Only `+` and `-` over names: a sum, checked by the rule for sums.
    public var isLinear: Bool

    /// Brackets nest at most this deep: a formula is a line, not a program.
    public static let maximumDepth = 16

    public enum ParseError: Error, Equatable, Sendable {
        case unexpected(String)
        case unbalanced
        case empty
        case tooDeep
    }

    public static func parse(_ text: String) -> Result<Formula, ParseError> {
        var parser = FormulaParser(Array(text))
        do {
            let expression = try parser.expression(depth: 0)
            parser.skipSpaces()
            if !parser.atEnd { return .failure(parser.atChar == ")" ? .unbalanced : .unexpected(String(parser.rest))) }
            var linear: [Term] = []
            let isLinear = Formula.linearTerms(expression, sign: 1, into: &linear)
            var names: [Term] = []
            if isLinear {
                names = linear
            } else {
                Formula.names(expression, into: &names)
            }
            return .success(Formula(expression: expression, terms: names, isLinear: isLinear))
        } catch let error as ParseError {
            return .failure(error)
        } catch {
            return .failure(.empty)
        }
    }

    /// Signed names of a sum of names; false if anything else is in it. Depth is bounded by the parser.
    private static func linearTerms(_ expression: Expression, sign: Int, into terms: inout [Term]) -> Bool {
        switch expression {
        case .name(let name):
            terms.append(Term(sign: sign, name: name))
            return true
        case .constant:
            return false
        case .product(let factors):
            guard factors.count == 1 else { return false }
            return linearTerms(factors[0].expression, sign: sign, into: &terms)
        case .sum(let parts):
            return parts.allSatisfy { linearTerms($0.expression, sign: sign * $0.sign, into: &terms) }
        }
    }

    private static func names(_ expression: Expression, into terms: inout [Term]) {
        switch expression {
        case .name(let name): terms.append(Term(sign: 1, name: name))
        case .constant: break
        case .sum(let parts): for part in parts { names(part.expression, into: &terms) }
        case .product(let factors): for factor in factors { names(factor.expression, into: &terms) }
        }
    }
}
