import TabledModel

/// Council tax bands: in England and Wales each band's charge is fixed ninths of Band D's
/// (A 6, B 7, C 8, D 9, E 11, F 13, G 15, H 18; Wales adds I at 21), so a table of bands
/// by parish or by year is checked band by band against its Band D, to the penny.
///
/// A band's charge is worked from Band D's charge before it is rounded to the penny, so a
/// printed band may differ from the printed Band D's ninths by what that rounding carries:
/// within it the band is right and nothing is said.
struct CouncilTaxBands {
    /// Ninths of Band D, by band letter.
    static let ninths: [Character: Int] = ["A": 6, "B": 7, "C": 8, "D": 9, "E": 11, "F": 13, "G": 15, "H": 18, "I": 21]

    /// The band lines of a table: column (or row) index by band letter; nil unless Band D and
    /// at least two other bands are there, each once.
    let lines: [Character: Int]

    /// Bands as columns: "Band A" … "Band H", or "A" … "H" under a heading or group naming bands.
    init?(columns table: BudgetTable) {
        let namesBands = Self.mentionsBands(table.label?.value ?? "") || Self.mentionsBands(table.caption.value)
        var found: [Character: Int] = [:]
        for (c, column) in table.columns.enumerated() where column.kind == .values {
            let underBands = namesBands || Self.mentionsBands(column.group?.value ?? "")
            guard let band = Self.band(column.label.value, bare: underBands) else { continue }
            guard found[band] == nil else { return nil }
            found[band] = c
        }
        self.init(found)
    }

    /// Bands as rows: rows labelled "Band A" … "Band H" (or "A" … "H" under a label column named for bands).
    init?(rows table: BudgetTable) {
        let underBands = Self.mentionsBands(table.label?.value ?? "")
        var found: [Character: Int] = [:]
        // By index: a copy of each row (its label, cells and all) costs a table of many rows dear.
        for r in table.rows.indices where table.rows[r].kind == .data {
            guard let band = Self.band(table.rows[r].label.value, bare: underBands) else { continue }
            guard found[band] == nil else { return nil }
            found[band] = r
        }
        self.init(found)
    }

    private init?(_ found: [Character: Int]) {
        guard found["D"] != nil, found.count >= 2 else { return nil }
        lines = found
    }

    /// Whether figures in lines so headed are charges: a table of dwellings by band (a tax
    /// base) is headed the same, and its counts bear no ninths. The ninths must hold, within
    /// what rounding carries, for at least three quarters of the bands that have figures.
    static func areCharges(_ pairs: [(band: Amount, bandD: Amount, ninths: Int)]) -> Bool {
        guard !pairs.isEmpty else { return false }
        let holding = pairs.filter { pair in
            let d = Interval(pair.bandD, widened: true)
            let worked = d * Interval(constant: Amount(significand: Int64(pair.ninths), scale: 0))
            guard case .success(let ninths) = worked.divided(by: Interval(constant: Amount(significand: 9, scale: 0))) else { return false }
            return ninths.meets(Interval(pair.band, widened: true))
        }.count
        return holding * 4 >= pairs.count * 3
    }

    /// Each band other than D with the ninths that make it from Band D, in band order.
    var others: [(band: Character, index: Int, ninths: Int)] {
        lines.filter { $0.key != "D" }.sorted { $0.key < $1.key }.map { ($0.key, $0.value, Self.ninths[$0.key]!) }
    }

    var bandD: Int { lines["D"]! }

    /// The expression `d * n / 9`, over the name `d`.
    static func expression(ninths: Int) -> Formula.Expression {
        guard case .success(let formula) = Formula.parse("d * \(ninths) / 9") else { preconditionFailure("a band's formula parses") }
        return formula.expression
    }

    private static func mentionsBands(_ text: String) -> Bool {
        Words.contains(text, anyOf: ["band", "bands", "council tax band", "valuation band"])
    }

    /// The band a heading names: "Band A", "BAND D", "Band H (£)", "Council Tax Band C"; a bare
    /// letter only where a heading above says these are bands.
    static func band(_ text: String, bare: Bool) -> Character? {
        guard mayNameBand(text, bare: bare) else { return nil }
        let words = text.uppercased().split { !$0.isLetter }.map(String.init)
        // "Band D equivalents" and "Number of band A dwellings" count properties: no charge.
        if words.contains(where: { ["EQUIVALENT", "EQUIVALENTS", "DWELLINGS", "PROPERTIES", "NUMBER", "BASE"].contains($0) }) { return nil }
        let named = words.indices.dropLast().filter { words[$0] == "BAND" && words[$0 + 1].count == 1 }.compactMap { words[$0 + 1].first }
        if named.count == 1, let letter = named.first, ninths[letter] != nil { return letter }
        if named.isEmpty, bare, words.count == 1, words[0].count == 1, let letter = words[0].first, ninths[letter] != nil { return letter }
        return nil
    }

    /// Whether `text` could pass `band`: it holds "band" in any case, or is at most one
    /// letter where a bare letter is a band. Read on the bytes, since it runs for every row
    /// label of a table and almost none name a band; text not all ASCII is read in full.
    private static func mayNameBand(_ text: String, bare: Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let band: [UInt8] = Array("band".utf8)
            var letters = 0, matched = 0
            for byte in bytes {
                if byte >= 0x80 { return true }
                let lower = byte | 0x20
                let isLetter = lower >= 0x61 && lower <= 0x7A
                if isLetter { letters += 1 }
                matched = isLetter && lower == band[matched] ? matched + 1 : (isLetter && lower == 0x62 ? 1 : 0)
                if matched == 4 { return true }
            }
            return bare && letters <= 1
        }
    }

    /// Whether two or more of a table's columns are headed as bands, charges or not: figures
    /// in fixed ninths of one another, never to be read as sums of one another.
    static func namesBands(_ table: BudgetTable) -> Bool {
        table.columns.filter { band($0.label.value, bare: false) != nil }.count >= 2
    }
}
