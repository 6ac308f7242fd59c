import Foundation

import VerityCore

/// Decides an article's metadata from what its page states, trusting structured data first:
/// JSON-LD, then OpenGraph, Twitter and other `<meta>` tags, then visible headlines, bylines
/// and dates, then the URL.
struct MetadataExtractor: Sendable {
    /// The metadata of the page whose facts are `facts`.
    func metadata(from facts: PageFacts) -> ArticleMetadata {
        let jsonLD = JSONLDReader().facts(in: facts.jsonLD)
        var metadata = ArticleMetadata()
        metadata.outlet = first(facts, ["og:site_name", "application-name", "twitter:site"]) ?? jsonLD.publisher
        metadata.url = facts.canonical ?? first(facts, ["og:url"]) ?? jsonLD.url
        metadata.title = TitleChooser(siteName: metadata.outlet, url: metadata.url).title(
            headlines: facts.headlines, ogTitle: first(facts, ["og:title", "twitter:title", "dc.title"]),
            jsonLDHeadline: jsonLD.headline, pageTitle: facts.title)
        metadata.authors = authors(facts, jsonLD: jsonLD, outlet: metadata.outlet)
        metadata.published = published(facts, jsonLD: jsonLD, url: metadata.url)
        metadata.language = facts.language ?? jsonLD.language ?? first(facts, ["content-language", "og:locale"])
        return metadata
    }

    private func first(_ facts: PageFacts, _ keys: [String]) -> String? {
        for key in keys {
            if let value = facts.meta[key]?.first(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                return collapse(value)
            }
        }
        return nil
    }

    private func collapse(_ text: String) -> String {
        var builder = CollapsingText()
        builder.append(text)
        return builder.result
    }

    private func authors(_ facts: PageFacts, jsonLD: JSONLDReader.Facts, outlet: String?) -> [String] {
        let bylineCleaner = BylineCleaner()
        let sources: [[String]] = [
            jsonLD.authors, facts.meta["author"] ?? [], facts.meta["article:author"] ?? [],
            facts.meta["dc.creator"] ?? [], facts.meta["parsely-author"] ?? [],
            facts.meta["sailthru.author"] ?? [], facts.bylines,
        ]
        for source in sources {
            var names: [String] = []
            for raw in source {
                for name in bylineCleaner.names(in: collapse(raw)) where !names.contains(name) { names.append(name) }
            }
            if !names.isEmpty { return names }
        }
        return []
    }

    private func published(_ facts: PageFacts, jsonLD: JSONLDReader.Facts, url: String?) -> String? {
        let normalizer = DateNormalizer()
        let metaKeys = [
            "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
            "publishdate", "publish-date", "pubdate", "date", "dc.date.issued", "dc.date", "dcterms.date",
            "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "date.available",
            "citation_publication_date", "last-modified", "article:modified_time",
        ]
        var candidates: [String] = jsonLD.published.map { [$0] } ?? []
        for key in metaKeys { candidates += facts.meta[key] ?? [] }
        for candidate in candidates + facts.times {
            if let date = normalizer.isoDate(from: candidate) { return date }
        }
        if let url, let date = normalizer.isoDate(fromURL: url) { return date }
        for text in facts.dateTexts + facts.bylines {
            if let date = normalizer.isoDate(from: text) { return date }
        }
        return nil
    }
}
