import Foundation
import TabledModel

/// Works a formula out over the ranges its figures stand for.
///
/// Recursion follows the formula's brackets only, which the parser bounds
/// (`Formula.maximumDepth`); sums and products are flat lists.
struct RatioEvaluation {
    let values: [String: Interval]

    enum Problem: Error {
        /// Divides by a printed zero; says what was zero.
        case byZero(String)
        case unbounded
        case tooLarge
    }

    /// Beyond this the figures are not a council's: refuse rather than lose digits.
    static let limit = Decimal(sign: .plus, exponent: 30, significand: 1)

    func evaluate(_ expression: Formula.Expression) -> Result<Interval, Problem> {
        let result: Interval
        switch expression {
        case .name(let name):
            guard let value = values[name] else { return .failure(.unbounded) }
            result = value
        case .constant(let amount):
            result = Interval(constant: amount)
        case .sum(let parts):
            var total = Interval(constant: .zero)
            for part in parts {
                switch evaluate(part.expression) {
                case .failure(let problem): return .failure(problem)
                case .success(let value): total = part.sign < 0 ? total - value : total + value
                }
            }
            result = total
        case .product(let factors):
            var product = Interval(constant: Amount(significand: 1, scale: 0))
            for factor in factors {
                let value: Interval
                switch evaluate(factor.expression) {
                case .failure(let problem): return .failure(problem)
                case .success(let found): value = found
                }
                if factor.divides {
                    switch product.divided(by: value) {
                    case .failure(.byZero): return .failure(.byZero(RatioEvaluation.describe(factor.expression)))
                    case .failure(.unbounded): return .failure(.unbounded)
                    case .success(let quotient): product = quotient
                    }
                } else {
                    product = product * value
                }
            }
            result = product
        }
        guard abs(result.lower) < Self.limit, abs(result.upper) < Self.limit else { return .failure(.tooLarge) }
        return .success(result)
    }

    /// How a diagnostic names the part of a formula that came to zero.
    static func describe(_ expression: Formula.Expression) -> String {
        if case .name(let name) = expression { return "'\(name)'" }
        return "a bracket"
    }
}
