import Foundation
import Verity

/// One article to audit with the auditor its configuration calls for.
struct AuditJob: Sendable {
    let document: Document
    let auditor: Auditor
    /// The level from which this article's findings fail the command.
    let failOn: FailThreshold

    /// Audits every job, as many at once as there are processors; results in job order.
    static func run(_ jobs: [AuditJob]) async -> [AuditResult] {
        await withTaskGroup(of: (Int, AuditResult).self) { group in
            var results = [AuditResult?](repeating: nil, count: jobs.count)
            var next = 0
            func start() {
                let index = next
                group.addTask { (index, jobs[index].auditor.audit(jobs[index].document)) }
                next += 1
            }
            while next < min(jobs.count, max(1, ProcessInfo.processInfo.activeProcessorCount)) { start() }
            for await (index, result) in group {
                results[index] = result
                if next < jobs.count { start() }
            }
            return results.compactMap { $0 }
        }
    }
}
