import Foundation

/// Gives each article of a batch a file stem that is safe to use inside the output folder.
///
/// A stem never contains a path separator, never starts with a dot, never is empty, a `.`/`..`
/// component or a reserved device name, has no control or invisible characters, and is at most
/// `maximumLength` UTF-8 bytes. Stems are unique ignoring case (for case-insensitive file systems);
/// a clash gets a suffix from the id's digest, so the same ids in the same order give the same stems.
public struct ReportNames: Sendable {
    /// The longest stem, in UTF-8 bytes, leaving room for a suffix and an extension under 255.
    public static let maximumLength = 120

    private var taken: Set<String> = []

    public init() {}

    /// The stem for the article `id` read from `source`, unique among the stems given so far.
    ///
    /// A clash is resolved by the source's extension (`casarex-2025-txt` beside `casarex-2025`),
    /// then by the id's digest, then by a counter.
    public mutating func stem(for id: String, source: String = "") -> String {
        let base = Self.sanitised(id)
        var candidates = [base]
        let fileExtension = (source as NSString).pathExtension
        if !fileExtension.isEmpty, fileExtension.count <= 10,
            fileExtension.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic })
        {
            candidates.append(base + "-" + fileExtension.lowercased())
        }
        candidates.append(base + "-" + ContentDigest.sha256(id + "\u{0}" + source).prefix(8))
        if let free = candidates.first(where: { !taken.contains($0.lowercased()) }) {
            taken.insert(free.lowercased())
            return free
        }
        let clashing = candidates[candidates.count - 1]
        var counter = 2
        while taken.contains("\(clashing)-\(counter)".lowercased()) { counter += 1 }
        let stem = "\(clashing)-\(counter)"
        taken.insert(stem.lowercased())
        return stem
    }

    /// `id` reduced to letters, digits, `-`, `_` and `.`, without leading dots, capped in length.
    public static func sanitised(_ id: String) -> String {
        var scalars = String.UnicodeScalarView()
        var lastWasDash = false
        for scalar in id.unicodeScalars {
            if isKept(scalar) {
                scalars.append(scalar)
                lastWasDash = false
            } else if !lastWasDash {
                scalars.append("-")
                lastWasDash = true
            }
        }
        var stem = String(separatorsTidied(Array(scalars)))
        while let first = stem.unicodeScalars.first, first == "." || first == "-" {
            stem.unicodeScalars.removeFirst()
        }
        stem = capped(stem)
        while let last = stem.unicodeScalars.last, last == "." || last == "-" {
            stem.unicodeScalars.removeLast()
        }
        if stem.isEmpty { return "article" }
        if isReservedDeviceName(stem) { return "_" + stem }
        return stem
    }

    /// A dot next to another dot or a dash becomes a dash, and runs of dashes one dash:
    /// `a/../b` gives `a-b`, never a name with `..` in it.
    private static func separatorsTidied(_ scalars: [Unicode.Scalar]) -> String.UnicodeScalarView {
        var tidied = String.UnicodeScalarView()
        for (position, scalar) in scalars.enumerated() {
            var current = scalar
            if scalar == "." {
                let before = position > 0 ? scalars[position - 1] : " "
                let after = position + 1 < scalars.count ? scalars[position + 1] : " "
                if before == "." || before == "-" || after == "." || after == "-" { current = "-" }
            }
            if current == "-", tidied.last == "-" { continue }
            tidied.append(current)
        }
        return tidied
    }

    private static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "-" || scalar == "_" || scalar == "." { return true }
        if scalar.isASCII { return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) }
        let category = scalar.properties.generalCategory
        switch category {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .nonspacingMark, .spacingMark:
            return true
        default:
            return false
        }
    }

    private static func capped(_ stem: String) -> String {
        guard stem.utf8.count > maximumLength else { return stem }
        var bytes = 0
        var view = String.UnicodeScalarView()
        for scalar in stem.unicodeScalars {
            bytes += String(scalar).utf8.count
            guard bytes <= maximumLength else { break }
            view.append(scalar)
        }
        return String(view)
    }

    /// Windows device names (`CON`, `nul.txt`, `COM1`…) that name no ordinary file there.
    private static func isReservedDeviceName(_ stem: String) -> Bool {
        let head = stem.split(separator: ".", maxSplits: 1).first.map { $0.uppercased() } ?? ""
        if ["CON", "PRN", "AUX", "NUL"].contains(head) { return true }
        guard head.count == 4, head.hasPrefix("COM") || head.hasPrefix("LPT"),
            let digit = head.last, ("1"..."9").contains(digit)
        else { return false }
        return true
    }
}
