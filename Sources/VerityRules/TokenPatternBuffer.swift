/// Scratch space for matching, reused across starts and steps so matching does not allocate:
/// the states of the current step, those of the previous one, and generation marks that keep a
/// state from being added twice in one step.
struct TokenPatternBuffer {
    private var current: [Int] = []
    private var previous: [Int] = []
    private var seen: [Int] = []
    private var generation = 0

    /// Starts a match with no states, for an automaton of `stateCount` states.
    mutating func begin(stateCount: Int) {
        if seen.count < stateCount { seen = Array(repeating: 0, count: stateCount) }
        current.removeAll(keepingCapacity: true)
        generation += 1
    }

    /// Whether any state is active.
    var hasStates: Bool { !current.isEmpty }

    /// Makes the current states the previous ones and starts an empty step.
    mutating func advance() {
        swap(&current, &previous)
        current.removeAll(keepingCapacity: true)
        generation += 1
    }

    /// The number of states of the previous step.
    var previousCount: Int { previous.count }

    /// The previous step's state at `position`.
    func previous(at position: Int) -> Int { previous[position] }

    /// Adds `state` to the current step unless it is there already.
    mutating func add(_ state: Int) {
        guard seen[state] != generation else { return }
        seen[state] = generation
        current.append(state)
    }
}
