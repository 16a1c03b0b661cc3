/// How negative amounts are printed.
public enum NegativeStyle: String, Sendable, CaseIterable {
    /// `(820,232)`, the usual form in council finance tables.
    case brackets
    /// `-820,232`.
    case minus
}
