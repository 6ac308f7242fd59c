/// Turns the dates pages write (`2019-10-16T08:00:00+02:00`, `16.10.2019`, `October 16, 2019`,
/// `16. Oktober 2019`, `/2019/10/16/` in a URL) into an ISO 8601 calendar date, `YYYY-MM-DD`,
/// the day as the page states it (no time-zone conversion).
struct DateNormalizer: Sendable {
    /// The ISO date in `text`, or nil when it holds no plausible date.
    func isoDate(from text: String) -> String? {
        let words = Self.words(of: text.lowercased()).filter { !Self.connectors.contains($0.text) }
        if let first = words.first, first.isNumber, first.text.count == 4, let date = numericDate(words, dotted: false) {
            return date
        }
        return namedMonthDate(words) ?? numericDate(words, dotted: text.contains("."), slashed: text.contains("/"))
    }

    /// The date of a URL path such as `/2019/10/16/` or `/2019-10-16-`.
    func isoDate(fromURL url: String) -> String? {
        let parts = Self.words(of: url).map { $0.text }
        guard parts.count >= 3 else { return nil }
        for start in 0..<(parts.count - 2) {
            guard parts[start].count == 4, let year = Int(parts[start]), parts[start + 1].count <= 2,
                let month = Int(parts[start + 1]), let day = Int(parts[start + 2].prefix(2)), parts[start + 2].count <= 2
            else { continue }
            if let date = Self.format(year: year, month: month, day: day) { return date }
        }
        return nil
    }

    /// Words that stand between day, month and year (`16 de octubre de 2019`).
    private static let connectors: Set<String> = ["de", "del", "of", "di", "th", "st", "nd", "rd", "er"]

    private struct Word {
        var text: String
        var isNumber: Bool
        /// Whether a dash stood between this word and the one before it.
        var followsDash = false
    }

    /// Splits into runs of digits and runs of letters; everything else separates.
    private static func words(of text: String) -> [Word] {
        var words: [Word] = []
        var current = ""
        var currentIsNumber = false
        var currentFollowsDash = false
        var sawDash = false
        for character in text {
            let isDigit = character.isASCII && character.isNumber
            let isLetter = character.isLetter
            if (isDigit || isLetter) && (current.isEmpty || isDigit == currentIsNumber) {
                if current.isEmpty { currentFollowsDash = sawDash }
                current.append(character)
                currentIsNumber = isDigit
                continue
            }
            if !current.isEmpty {
                words.append(Word(text: current, isNumber: currentIsNumber, followsDash: currentFollowsDash))
                sawDash = false
            }
            if character == "-" || character == "–" || character == "—" { sawDash = true }
            current = isDigit || isLetter ? String(character) : ""
            currentIsNumber = isDigit
            currentFollowsDash = sawDash
        }
        if !current.isEmpty { words.append(Word(text: current, isNumber: currentIsNumber, followsDash: currentFollowsDash)) }
        return words
    }

    /// Year-month-day or day-month-year with numeric months.
    private func numericDate(_ words: [Word], dotted: Bool, slashed: Bool = false) -> String? {
        guard words.count >= 3 else { return nil }
        for start in 0..<(words.count - 2) {
            let a = words[start], b = words[start + 1], c = words[start + 2]
            guard a.isNumber, b.isNumber, c.isNumber, let first = Int(a.text), let second = Int(b.text),
                let third = Int(c.text), b.text.count <= 2
            else { continue }
            if a.text.count == 4, c.text.count <= 2, let date = Self.format(year: first, month: second, day: third) {
                return date
            }
            if c.text.count == 2, a.text.count <= 2, dotted, let date = Self.format(year: 2000 + third, month: second, day: first) {
                return date
            }
            if c.text.count == 4, a.text.count <= 2 {
                // Slashes mostly write month/day/year; dots and dashes day.month.year.
                let dayFirst = Self.format(year: third, month: second, day: first)
                let monthFirst = Self.format(year: third, month: first, day: second)
                if let date = slashed ? monthFirst ?? dayFirst : dayFirst ?? monthFirst { return date }
            }
        }
        if let only = words.first, only.isNumber, only.text.count == 8, let value = Int(only.text),
            let date = Self.format(year: value / 10_000, month: value / 100 % 100, day: value % 100)
        {
            return date
        }
        return nil
    }

    /// Dates with a month name: `16 October 2019`, `October 16, 2019`, `16. Okt. 2019`.
    private func namedMonthDate(_ words: [Word]) -> String? {
        for (position, word) in words.enumerated() where !word.isNumber {
            guard let month = Self.month(named: word.text) else { continue }
            var before = position > 0 ? words[position - 1] : nil
            // A span of days (`14.–20. Januar 2022`) is read as its first day, as a span across
            // months (`31. Dezember 2021–6. Januar 2022`) is: the day the page's period opens,
            // not a day inside it that merely stands next to the month name.
            if position > 1, let last = before, last.isNumber, last.text.count <= 2, last.followsDash,
                words[position - 2].isNumber, words[position - 2].text.count <= 2
            {
                before = words[position - 2]
            }
            let numbersAfter = words[(position + 1)...].prefix(3).filter(\.isNumber)
            let yearAfter = numbersAfter.first { $0.text.count == 4 }.flatMap { Int($0.text) }
            if let before, before.isNumber, before.text.count <= 2, let day = Int(before.text), let year = yearAfter,
                let date = Self.format(year: year, month: month, day: day)
            {
                return date
            }
            if let dayWord = numbersAfter.first, dayWord.text.count <= 2, let day = Int(dayWord.text),
                let year = numbersAfter.dropFirst().first.flatMap({ $0.text.count == 4 ? Int($0.text) : nil }),
                let date = Self.format(year: year, month: month, day: day)
            {
                return date
            }
        }
        return nil
    }

    /// The month a word names: a month name, or an abbreviation of one (`sept`, `janv`, `okt`).
    /// The word must be a prefix of a month name, not the other way round: weekdays and other
    /// words that merely start like a month (`martes`, `mardi`, `mayor`) name no month.
    private static func month(named name: String) -> Int? {
        if let month = monthNames[name] { return month }
        guard name.count >= 3, let month = monthNames[String(name.prefix(3))] else { return nil }
        return monthNames.contains { $0.value == month && $0.key.hasPrefix(name) } ? month : nil
    }

    private static let monthNames: [String: Int] = {
        let lists: [[String]] = [
            ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
            ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
            ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
            ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
            ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
            ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
            ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
            ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
            ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
            ["jän", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sept", "okt", "nov", "dez"],
            ["janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"],
        ]
        var table: [String: Int] = [:]
        for list in lists {
            for (index, name) in list.enumerated() where table[name] == nil { table[name] = index + 1 }
        }
        return table
    }()

    private static func format(year: Int, month: Int, day: Int) -> String? {
        guard (1990...2100).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        let pad = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }
}
