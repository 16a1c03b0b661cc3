/// An amount a diagnostic reports, with the style its table prints negatives in: worded once,
/// in the message and on the review page alike, and still the exact decimal for JSON.
public struct PrintedAmount: Sendable, Equatable, CustomStringConvertible {
    public var amount: Amount
    public var negative: NegativeStyle

    public init(_ amount: Amount, negative: NegativeStyle) {
        self.amount = amount
        self.negative = negative
    }

    /// As the paper prints it: "(162,611)", "−162,611".
    public var description: String { amount.formatted(negative: negative) }

    /// The plain decimal, for machines: "-162611".
    public var decimal: String { amount.decimalString }
}

extension Amount {
    /// The amount as a diagnostic reports it, in its table's style.
    public func printed(_ negative: NegativeStyle) -> PrintedAmount {
        PrintedAmount(self, negative: negative)
    }
}
