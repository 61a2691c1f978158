/// The line numbers of a CV's sections of some kinds (`CVStructure` reads its dates from the
/// experience sections, its degrees from the education ones), marked in an array indexed by line
/// number: each kind's numbers were gathered into a `Set` and every line of the CV hashed into it,
/// a tenth of reading a CV's structure. Asked as the `Set` was (`SectionLinesTests` compare them).
struct SectionLines {
    /// Per line number from 0, whether a section of the kinds holds it.
    private let mask: [Bool]
    /// No section of the kinds: the `Set` would be empty.
    let isEmpty: Bool

    /// The lines `firstLine...max(firstLine, lastLine)` of each of `sections` whose kind is one of
    /// `kinds`.
    init(_ sections: [CVSection], kinds: [SectionKind]) {
        var mask: [Bool] = []
        var isEmpty = true
        for section in sections where kinds.contains(section.kind) {
            let last = max(section.firstLine, section.lastLine)
            if mask.count <= last { mask += repeatElement(false, count: last + 1 - mask.count) }
            for line in section.firstLine...last { mask[line] = true }
            isEmpty = false
        }
        self.mask = mask
        self.isEmpty = isEmpty
    }

    func contains(_ number: Int) -> Bool {
        number >= 0 && number < mask.count && mask[number]
    }
}
