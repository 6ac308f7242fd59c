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

    /// The part of a visible text that dates the publication: the words before it names a later
    /// change ("Updated: …"), whose date is not the date of publication; when a publication label
    /// follows the change ("Updated 4 June, first published 17 May"), the words after that label.
    private func publicationPart(of text: String) -> String {
        let lowered = text.lowercased()
        var cut = lowered.endIndex
        for word in ["update", "modified", "aktualisiert", "änderung", "geändert", "mis à jour", "actualizado", "edited", "editiert"] {
            if let range = lowered.range(of: word), range.lowerBound < cut { cut = range.lowerBound }
        }
        guard cut < lowered.endIndex else { return lowered }
        let after = lowered[cut...]
        for label in ["published", "created", "posted", "veröffentlicht", "erschienen", "erstellt", "publié", "publicado", "pubblicato"] {
            if let range = after.range(of: label) { return String(after[range.upperBound...]) }
        }
        return String(lowered[..<cut])
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
        let stated: [[String]] = [
            jsonLD.authors, facts.meta["author"] ?? [], facts.labelledAuthor.map { [$0] } ?? [],
            facts.meta["article:author"] ?? [], facts.meta["dc.creator"] ?? [],
            facts.meta["parsely-author"] ?? [], facts.meta["sailthru.author"] ?? [],
        ]
        let outletKey = outlet.map(TitleChooser.key)
        var fallback: [String] = []
        let bylines = facts.bylines.filter { $0.count <= 100 }.map { [$0] }
        for source in stated + bylines {
            var names: [String] = []
            for raw in source {
                for name in bylineCleaner.names(in: collapse(raw)) where !names.contains(name) { names.append(name) }
            }
            if names.count == 1, let outletKey, TitleChooser.key(names[0]) == outletKey {
                if fallback.isEmpty { fallback = names }
                continue
            }
            if !names.isEmpty { return names }
        }
        return fallback
    }

    private func published(_ facts: PageFacts, jsonLD: JSONLDReader.Facts, url: String?) -> String? {
        let normalizer = DateNormalizer()
        let publishedKeys = [
            "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
            "article.published", "parsely-pub-date", "sailthru.date", "citation_publication_date",
        ]
        let otherKeys = [
            "publishdate", "publish-date", "pubdate", "date", "dc.date.issued", "dc.date", "dcterms.date",
            "dcterms.created", "date.available", "last-modified", "article:modified_time",
        ]
        var candidates: [String] = []
        for key in publishedKeys { candidates += facts.meta[key] ?? [] }
        candidates += jsonLD.published.map { [$0] } ?? []
        candidates += facts.markedPublished
        for key in otherKeys { candidates += facts.meta[key] ?? [] }
        for candidate in candidates + facts.times {
            if let date = normalizer.isoDate(from: candidate) { return date }
        }
        if let url, let date = normalizer.isoDate(fromURL: url) { return date }
        for text in facts.dateTexts + facts.bylines + facts.textsNearHeadline + facts.textsBeforeHeadline.reversed() {
            if let date = normalizer.isoDate(from: publicationPart(of: text)) { return date }
        }
        return nil
    }
}
