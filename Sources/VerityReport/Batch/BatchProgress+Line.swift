import Foundation

extension BatchProgress {
    /// Articles finished per second so far.
    public var rate: Double { elapsed > 0 ? Double(done) / elapsed : 0 }

    /// Seconds left at the current rate, when the total is known and work has started.
    public var remaining: Double? {
        guard let total, done > 0, rate > 0 else { return nil }
        return Double(max(0, total - done)) / rate
    }

    /// One terminal line: `[#######.....]  42/60  12.3/s  ETA 0:02`, or without bar and ETA when
    /// the total is unknown; at most `width` characters wide.
    public func line(width: Int = 80) -> String {
        let rateText = String(format: "%.1f/s", rate)
        guard let total, total > 0 else {
            return String("\(done) articles  \(rateText)".prefix(width))
        }
        let counts = "\(done)/\(total)"
        let eta = remaining.map { "ETA " + Self.clock($0) } ?? "ETA --:--"
        let tail = "  \(counts)  \(rateText)  \(eta)"
        let barWidth = max(10, min(40, width - tail.count - 2))
        let filled = min(barWidth, barWidth * done / total)
        let bar = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: barWidth - filled) + "]"
        return String((bar + tail).prefix(width))
    }

    /// `seconds` as `m:ss`, or `h:mm:ss` from an hour up.
    static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        let (hours, minutes, secs) = (whole / 3600, whole / 60 % 60, whole % 60)
        let twoDigits = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(twoDigits(minutes)):\(twoDigits(secs))" : "\(minutes):\(twoDigits(secs))"
    }
}
