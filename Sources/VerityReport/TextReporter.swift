import VerityCore

/// A report for a terminal: per article a summary line, the findings grouped by block with
/// their sentence and the matched words marked, then the speakers and what each said.
///
/// Colour is used only when `ReportContext.useColor` is set; without it matched words are
/// framed as `[[…]]`. Article text is sanitised so it cannot send terminal escape sequences.
public struct TextReporter: Reporter {
    /// Longest context, in Unicode scalars, printed around a finding before it is trimmed.
    static let contextLimit = 280

    /// Creates the reporter; it holds no state.
    public init() {}

    public func render(_ results: [AuditResult], context: ReportContext) -> String {
        let style = TerminalStyle(isEnabled: context.useColor)
        var output = ""
        for (index, result) in results.enumerated() {
            if index > 0 { output += "\n" }
            output += renderHeader(result, style: style)
            output += renderFindings(result, style: style)
            output += TextSpeakerSection(result: result, style: style).render()
        }
        if results.count != 1 {
            let articles = LevelSummary.count(results.count, "article")
            output += "\n" + style.bold("\(articles) · \(LevelSummary(results: results).sentence)") + "\n"
        }
        return output
    }

    private func renderHeader(_ result: AuditResult, style: TerminalStyle) -> String {
        let document = result.document
        let metadata = document.metadata
        let title = metadata.title ?? document.id
        var lines = [style.bold(TerminalStyle.sanitised(title))]
        let details = [document.source, metadata.byline.map { "By " + $0 }, metadata.outlet, metadata.published]
            .compactMap { $0 }.filter { !$0.isEmpty }
        if !details.isEmpty { lines.append(TerminalStyle.sanitised(details.joined(separator: " · "))) }
        if let url = metadata.url, !url.isEmpty { lines.append(TerminalStyle.sanitised(url)) }
        let summary = LevelSummary(result.findings)
        var counts = summary.sentence
        if let level = result.highestLevel { counts = style.level(level, counts) }
        lines.append(counts)
        return lines.joined(separator: "\n") + "\n"
    }

    private func renderFindings(_ result: AuditResult, style: TerminalStyle) -> String {
        var output = ""
        var currentBlock: Int?? = .none
        for finding in result.orderedFindings {
            let block = result.document.blockIndex(containing: finding.range.start)
            if currentBlock != .some(block) {
                currentBlock = .some(block)
                output += "\n" + style.bold(blockHeading(block, in: result.document)) + "\n"
            }
            output += renderFinding(finding, in: result, style: style)
        }
        return output
    }

    private func blockHeading(_ block: Int?, in document: Document) -> String {
        guard let block else { return "Outside the article body" }
        let start = document.blocks[block].range.start
        let line = document.sourceMap.sourceLocation(of: start)?.line ?? document.lines.location(of: start).line
        return "\(document.blocks[block].kind.label) · block \(block + 1) · line \(line)"
    }

    private func renderFinding(_ finding: Finding, in result: AuditResult, style: TerminalStyle) -> String {
        let label = finding.level.rawValue.padding(to: 8)
        let position = TerminalStyle.sanitised(location(of: finding.range.start, in: result.document))
        var text = "  " + style.level(finding.level, label) + " "
        text += TerminalStyle.sanitised(finding.message)
        text += " " + style.dim("(\(finding.ruleID), \(position))") + "\n"
        text += "           " + excerpt(finding, in: result, style: style) + "\n"
        return text
    }

    /// `source:line:column` when the source map knows the offset, else `body line:column`.
    private func location(of offset: Int, in document: Document) -> String {
        if let location = document.sourceMap.sourceLocation(of: offset) {
            return "\(document.source):\(location)"
        }
        return "body \(document.lines.location(of: offset))"
    }

    /// The finding's sentence with the matched words marked, trimmed around them when long.
    private func excerpt(_ finding: Finding, in result: AuditResult, style: TerminalStyle) -> String {
        let document = result.document
        let context = result.contextRange(for: finding)
        let matchStart = min(max(finding.range.start, context.start), context.end)
        let matchEnd = min(max(finding.range.end, matchStart), context.end)
        var start = context.start
        var end = context.end
        if context.length > Self.contextLimit {
            let margin = Self.contextLimit / 2 - 20
            start = max(context.start, matchStart - margin)
            end = min(context.end, matchEnd + margin)
        }
        let before = TerminalStyle.sanitised(document.text(in: TextRange(start, matchStart)))
        let matched = TerminalStyle.sanitised(document.text(in: TextRange(matchStart, matchEnd)))
        let after = TerminalStyle.sanitised(document.text(in: TextRange(matchEnd, end)))
        let marked = style.mark(matched.isEmpty ? "‸" : matched, level: finding.level)
        return (start > context.start ? "…" : "") + before + marked + after + (end < context.end ? "…" : "")
    }
}

extension String {
    /// The string padded with spaces to at least `width` characters.
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
