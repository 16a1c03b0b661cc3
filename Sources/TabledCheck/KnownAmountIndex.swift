import TabledModel

/// The paper's amounts sorted by value, so that each money amount in prose is compared with
/// the few stated figures near it, not with all of them: a paper of many figures and much
/// prose checks in time proportional to its size times a logarithm.
struct KnownAmountIndex {
    /// The amounts in the paper's order, and their positions sorted by value in pounds.
    let known: [KnownAmount]
    private let sorted: [Int]

    init(_ known: [KnownAmount]) {
        self.known = known
        sorted = known.indices.sorted { a, b in
            let order = Amount.compare(known[a].pounds, known[b].pounds)
            return order == 0 ? a < b : order < 0
        }
    }

    var isEmpty: Bool { known.isEmpty }

    /// Positions in `known` of the amounts within `radius` of `pounds` (any order).
    private func near(_ pounds: Amount, radius: Amount) -> ArraySlice<Int> {
        guard let low = pounds.subtracting(radius), let high = pounds.adding(radius) else { return [] }
        func firstIndex(where above: (Amount) -> Bool) -> Int {
            var first = 0, last = sorted.count
            while first < last {
                let middle = (first + last) / 2
                if above(known[sorted[middle]].pounds) { last = middle } else { first = middle + 1 }
            }
            return first
        }
        let start = firstIndex { Amount.compare($0, low) >= 0 }
        let end = firstIndex { Amount.compare($0, high) > 0 }
        return start < end ? sorted[start..<end] : []
    }

    /// Whether some stated amount, rounded to 10^precision pounds, is `pounds`: a faithful quote.
    func quotes(_ pounds: Amount, precision: Int) -> Bool {
        // Anything that rounds to `pounds` lies within half a unit of it.
        let half = precision <= 0 ? Amount(significand: 5, scale: 1 - precision)
            : Amount(significand: 5, scale: 0).rescaledUp(by: precision - 1)
        guard let half else { return false }
        return near(pounds, radius: half).contains {
            Amount.compare(KnownAmount.round(known[$0].pounds, toPowerOfTen: precision), pounds) == 0
        }
    }

    /// The first stated amount (in the paper's order) that `pounds` is within 1% of, but not equal to at any precision.
    func closeTo(_ pounds: Amount) -> KnownAmount? {
        // |k − p| ≤ |k|/100 implies |k| ≤ |p|·100/99, so |k − p| < 1.02% of |p|: that bounds the search.
        let radius = Amount(significand: pounds.magnitude.significand, scale: pounds.scale + 4).multiplied(by: 102)
            ?? pounds.magnitude
        var first: Int?
        for i in near(pounds, radius: radius) where i < (first ?? Int.max) {
            let figure = known[i].pounds
            guard !figure.isZero, let difference = figure.subtracting(pounds)?.magnitude,
                  let scaled = difference.multiplied(by: 100), Amount.compare(scaled, figure.magnitude) <= 0 else { continue }
            first = i
        }
        return first.map { known[$0] }
    }
}

extension Amount {
    /// The same amount times 10^power (power ≥ 0) at the same scale; nil on overflow.
    func rescaledUp(by power: Int) -> Amount? {
        var result = self
        for _ in 0..<max(power, 0) {
            guard let next = result.multiplied(by: 10) else { return nil }
            result = next
        }
        return result
    }
}
