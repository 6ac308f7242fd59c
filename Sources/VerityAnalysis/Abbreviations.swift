/// Abbreviations whose final period does not end a sentence (`Gen.`, `Mr.`, `No. 10`, `U.S.`).
enum Abbreviations {
    /// Titles and initials that always precede a name or number: never the end of a sentence.
    static let titles: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "Gen", "Brig", "Lt", "Col", "Maj", "Capt", "Sgt",
        "Cpl", "Pvt", "Adm", "Cmdr", "Cdr", "Gov", "Sen", "Rep", "Reps", "Sens", "Pres", "Supt",
        "Insp", "Det", "Hon", "Amb", "Sec", "Atty", "Fr", "Messrs", "Mmes", "No", "Nos", "Mt",
        "Ft", "St", "Gens",
    ]

    /// Abbreviations that may also close a sentence (`… in the U.S. The …`).
    static let others: Set<String> = [
        "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "Bros", "Dept", "Univ", "Assn", "vs", "etc", "al",
        "approx", "est", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
        "Dec", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
        "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla",
        "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "Ave", "Blvd", "Rd",
        "ft", "lb", "lbs", "oz", "mi", "km", "cf", "e.g", "i.e",
    ]

    /// Whether the word in `scalars` (without period) takes its following period into the token.
    static func keepsPeriod(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        if scalars.count == 1, let first = scalars.first, first.properties.isUppercase { return true }
        guard scalars.count <= 6 else { return false }
        let word = String(String.UnicodeScalarView(scalars))
        return titles.contains(word) || others.contains(word)
    }

    /// Whether a token ending in a period never ends a sentence: a title or an initial.
    static func isTitleOrInitial(_ word: String) -> Bool {
        guard word.hasSuffix(".") else { return false }
        let stem = String(word.dropLast())
        if stem.unicodeScalars.count == 1, stem.first?.isUppercase == true { return true }
        return titles.contains(stem)
    }
}
