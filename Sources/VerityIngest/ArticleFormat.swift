import Foundation
import VerityCore

/// Decides which reader an article needs: from the file extension first, then by sniffing content.
public enum ArticleFormat {
    /// Extensions (lowercased, without the dot) of the files a directory is expanded to.
    public static let fileExtensions: Set<String> = ["html", "htm", "xhtml", "txt", "text", "md", "markdown"]

    /// The format a file name's extension names, or nil for other or missing extensions.
    public static func format(forPath path: String) -> SourceFormat? {
        switch (path as NSString).pathExtension.lowercased() {
        case "html", "htm", "xhtml": .html
        case "txt", "text": .text
        case "md", "markdown", "mdown", "mkd": .markdown
        default: nil
        }
    }

    /// The extension's format when it names one, else the format the content looks like.
    public static func detect(path: String?, data: Data) -> SourceFormat {
        if let path, let format = format(forPath: path) { return format }
        return sniff(data)
    }

    /// Guesses the format from the first 4 KiB: HTML when it opens with a tag or doctype,
    /// Markdown when its lines carry Markdown structure, plain text otherwise.
    public static func sniff(_ data: Data) -> SourceFormat {
        let head = String(decoding: data.prefix(4096), as: UTF8.self)
        if looksLikeHTML(head) { return .html }
        return markdownSignals(in: head) >= 2 ? .markdown : .text
    }

    private static let htmlOpenings = [
        "<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<article", "<div", "<p>",
        "<p ", "<section", "<main", "<header", "<link", "<script", "<style", "<?xml",
    ]

    private static func looksLikeHTML(_ head: String) -> Bool {
        var rest = Substring(head.lowercased()).drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        while rest.hasPrefix("<!--") {
            guard let close = rest.range(of: "-->") else { return false }
            rest = rest[close.upperBound...].drop(while: \.isWhitespace)
        }
        return htmlOpenings.contains { rest.hasPrefix($0) }
    }

    /// Counts lines that only Markdown would write: headings, quotes, list items, links, emphasis.
    private static func markdownSignals(in head: String) -> Int {
        var signals = 0
        for line in head.split(separator: "\n").prefix(60) {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("#"), trimmed.drop(while: { $0 == "#" }).first == " " { signals += 2 }
            if trimmed.hasPrefix("> ") || trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") { signals += 1 }
            if trimmed.contains("](") || trimmed.contains("**") || trimmed.hasPrefix("```") { signals += 1 }
            if !trimmed.isEmpty, trimmed.allSatisfy({ $0 == "=" }) { signals += 2 }
        }
        return signals
    }
}
