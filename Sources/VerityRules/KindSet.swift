import VerityCore

/// A kind from the document model that a `KindSet` can hold: each case owns one bit (0–63).
protocol KindBit {
    var bit: Int { get }
}

/// A set of kinds (quote, speaker, signal) as bits: rules test membership for every quote and
/// claim, and `Set` would hash each kind's raw string to do it.
struct KindSet<Kind: KindBit>: Sendable {
    private var bits: UInt64 = 0

    init(_ kinds: some Sequence<Kind>) {
        for kind in kinds { bits |= 1 << UInt64(kind.bit) }
    }

    /// Whether `kind` is in the set.
    func contains(_ kind: Kind) -> Bool {
        bits & (1 << UInt64(kind.bit)) != 0
    }
}

extension Quote.Kind: KindBit {
    var bit: Int {
        switch self {
        case .direct: 0
        case .mixed: 1
        case .indirect: 2
        case .scare: 3
        }
    }
}

extension Speaker.Kind: KindBit {
    var bit: Int {
        switch self {
        case .namedPerson: 0
        case .unnamedIndividual: 1
        case .anonymousGroup: 2
        case .organisation: 3
        case .state: 4
        case .media: 5
        }
    }
}

extension Claim.Signal.Kind: KindBit {
    var bit: Int { order }
}
