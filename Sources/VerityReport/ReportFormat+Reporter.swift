extension ReportFormat {
    /// The reporter that writes this format; every format has exactly one.
    public var reporter: any Reporter {
        switch self {
        case .text: TextReporter()
        case .html: HTMLReporter()
        case .json: JSONReporter()
        case .sarif: SARIFReporter()
        }
    }
}
