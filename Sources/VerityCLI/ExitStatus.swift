import ArgumentParser

/// The exit statuses every command uses.
enum ExitStatus {
    /// Everything was read and nothing reached the threshold.
    static let clean = ExitCode.success
    /// Findings at or above the threshold.
    static let findings = ExitCode(1)
    /// Some input or configuration could not be used.
    static let unusableInput = ExitCode(2)
}
