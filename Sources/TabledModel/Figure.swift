/// A named amount quoted in prose, so that prose and tables cannot disagree.
public struct Figure: Sendable {
    public var name: Located<String>
    public var value: Located<PrintedValue>
    public var unit: AmountUnit
    /// A formula the figure must equal, over other figures and table rows.
    public var formula: WrittenFormula?

    public init(name: Located<String>, value: Located<PrintedValue>, unit: AmountUnit, formula: WrittenFormula?) {
        self.name = name
        self.value = value
        self.unit = unit
        self.formula = formula
    }
}
