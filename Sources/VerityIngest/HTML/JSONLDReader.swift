import Foundation

/// Reads schema.org article metadata from a page's JSON-LD scripts: `NewsArticle` and its
/// relatives first, any `WebPage` as a fallback; `@graph` lists and nested arrays are searched.
struct JSONLDReader: Sendable {
    /// What JSON-LD said about the article; empty fields were absent.
    struct Facts: Sendable {
        var headline: String?
        var authors: [String] = []
        var published: String?
        var publisher: String?
        var url: String?
        var language: String?
    }

    /// The facts of the best article object found in `scripts` (the scripts' texts); among
    /// several, the one whose `url`, `@id` or `mainEntityOfPage` is `canonical` (the page's own
    /// address) comes first, as pages also describe the other articles they list.
    func facts(in scripts: [String], canonical: String? = nil) -> Facts {
        var objects: [[String: Any]] = []
        for script in scripts {
            let cleaned = script.containsBytes("<!--")
                ? script.replacingOccurrences(of: "<!--", with: "").replacingOccurrences(of: "-->", with: "") : script
            guard let data = cleaned.data(using: .utf8),
                let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            else { continue }
            collect(json, into: &objects)
        }
        var byID: [String: [String: Any]] = [:]
        for object in objects {
            if let id = object["@id"] as? String, object.count > 1, byID[id] == nil { byID[id] = object }
        }
        var articles = objects.filter { Self.types(of: $0).contains(where: Self.isArticleType) }
        if articles.count > 1, let canonical = canonical.map(Self.addressKey), !canonical.isEmpty,
            let own = articles.firstIndex(where: { Self.addresses(of: $0).contains(canonical) }), own > 0
        {
            articles.insert(articles.remove(at: own), at: 0)
        }
        let pages = objects.filter { Self.types(of: $0).contains(where: { $0.hasSuffix("Page") }) }
        var facts = Facts()
        for object in articles + pages { fill(&facts, from: object, byID: byID) }
        if facts.publisher == nil {
            facts.publisher = objects.first { Self.types(of: $0).contains { $0 == "Organization" || $0 == "NewsMediaOrganization" || $0 == "WebSite" } }
                .flatMap { $0["name"] as? String }
        }
        return facts
    }

    private func collect(_ json: Any, into objects: inout [[String: Any]]) {
        var pending: [Any] = [json]
        var visited = 0
        while let value = pending.popLast(), visited < 10_000 {
            visited += 1
            if let array = value as? [Any] {
                pending.append(contentsOf: array.reversed())
            } else if let object = value as? [String: Any] {
                objects.append(object)
                if let graph = object["@graph"] { pending.append(graph) }
                if let main = object["mainEntity"] as? [String: Any] { pending.append(main) }
            }
        }
    }

    private func fill(_ facts: inout Facts, from object: [String: Any], byID: [String: [String: Any]]) {
        if facts.headline == nil { facts.headline = Self.string(object["headline"]) ?? Self.string(object["name"]) }
        if facts.authors.isEmpty { facts.authors = Self.names(Self.resolved(object["author"] ?? object["creator"], byID: byID)) }
        if facts.published == nil { facts.published = Self.string(object["datePublished"]) ?? Self.string(object["dateCreated"]) }
        if facts.publisher == nil { facts.publisher = Self.names(Self.resolved(object["publisher"], byID: byID)).first }
        if facts.url == nil { facts.url = Self.string(object["url"]) ?? Self.names(object["mainEntityOfPage"]).first }
        if facts.language == nil { facts.language = Self.string(object["inLanguage"]) }
    }

    /// The addresses an article object gives for itself, as `addressKey`s.
    private static func addresses(of object: [String: Any]) -> [String] {
        var values = [string(object["url"]), object["@id"] as? String].compactMap { $0 }
        values += names(object["mainEntityOfPage"])
        if let page = object["mainEntityOfPage"] as? [String: Any], let id = page["@id"] as? String { values.append(id) }
        return values.map(addressKey)
    }

    /// An address without scheme, `www.`, query, fragment and trailing slash, lower-cased.
    static func addressKey(_ address: String) -> String {
        var key = Substring(address.lowercased())
        if let scheme = key.range(of: "://") { key = key[scheme.upperBound...] }
        if key.hasPrefix("www.") { key = key.dropFirst(4) }
        if let cut = key.firstIndex(where: { $0 == "?" || $0 == "#" }) { key = key[..<cut] }
        while key.hasSuffix("/") { key = key.dropLast() }
        return String(key)
    }

    /// Replaces `{"@id": …}` references with the objects they name.
    private static func resolved(_ value: Any?, byID: [String: [String: Any]]) -> Any? {
        if let array = value as? [Any] { return array.map { resolved($0, byID: byID) ?? $0 } }
        guard let object = value as? [String: Any], object["name"] == nil, let id = object["@id"] as? String
        else { return value }
        return byID[id] ?? value
    }

    private static func types(of object: [String: Any]) -> [String] {
        if let type = object["@type"] as? String { return [type] }
        return (object["@type"] as? [Any])?.compactMap { $0 as? String } ?? []
    }

    private static func isArticleType(_ type: String) -> Bool {
        type.hasSuffix("Article") || type == "BlogPosting" || type == "Report" || type == "LiveBlogPosting"
            || type == "Recipe" || type == "Review"
    }

    private static func string(_ value: Any?) -> String? {
        if let text = value as? String {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
        if let array = value as? [Any] { return array.lazy.compactMap { string($0) }.first }
        return nil
    }

    /// Names from a string, a `Person`/`Organization` object (or its `@id`), or a list of them.
    private static func names(_ value: Any?) -> [String] {
        if let text = string(value as? String) { return [text] }
        if let object = value as? [String: Any] {
            if let name = string(object["name"]) { return [name] }
            return []
        }
        if let array = value as? [Any] { return array.flatMap { names($0) } }
        return []
    }
}
