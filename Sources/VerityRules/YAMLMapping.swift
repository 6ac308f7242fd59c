import VerityCore

/// A YAML mapping read with a fixed set of keys: unknown keys and wrong types become
/// located `RuleLoadError`s instead of being ignored.
struct YAMLMapping {
    /// The file the mapping comes from, for errors.
    let path: String
    /// Where the mapping starts.
    let location: SourceLocation?
    /// Entries in file order.
    let entries: [(key: String, keyLocation: SourceLocation?, value: YAMLValue)]

    /// Reads `value` as a mapping whose keys must all be in `allowedKeys`.
    init(_ value: YAMLValue, path: String, allowedKeys: [String], what: String) throws(RuleLoadError) {
        guard case .mapping(let pairs) = value.content else {
            throw RuleLoadError(path: path, location: value.location, message: "\(what) must be a mapping, found \(value.typeName)")
        }
        var entries: [(key: String, keyLocation: SourceLocation?, value: YAMLValue)] = []
        for pair in pairs {
            guard let key = pair.key.scalar else {
                throw RuleLoadError(path: path, location: pair.key.location, message: "keys of \(what) must be plain words")
            }
            guard allowedKeys.contains(key) else {
                var message = "unknown key '\(key)' in \(what)"
                if let near = Self.closest(to: key, in: allowedKeys) { message += "; did you mean '\(near)'?" }
                throw RuleLoadError(path: path, location: pair.key.location, message: message)
            }
            entries.append((key, pair.key.location, pair.value))
        }
        self.path = path
        self.location = value.location
        self.entries = entries
    }

    /// The value for `key`, nil when absent or null.
    func value(_ key: String) -> YAMLValue? {
        guard let entry = entries.first(where: { $0.key == key }), !entry.value.isNull else { return nil }
        return entry.value
    }

    /// A located error about `value` (or the mapping itself).
    func error(_ message: String, at value: YAMLValue? = nil) -> RuleLoadError {
        RuleLoadError(path: path, location: value?.location ?? location, message: message)
    }

    /// A required value.
    func required(_ key: String) throws(RuleLoadError) -> YAMLValue {
        guard let value = value(key) else { throw error("missing required key '\(key)'") }
        return value
    }

    /// A string scalar, nil when absent.
    func string(_ key: String) throws(RuleLoadError) -> String? {
        guard let value = value(key) else { return nil }
        guard let text = value.scalar else { throw error("'\(key)' must be text, found \(value.typeName)", at: value) }
        return text
    }

    /// A boolean, nil when absent.
    func bool(_ key: String) throws(RuleLoadError) -> Bool? {
        guard let value = value(key) else { return nil }
        switch value.scalar?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error("'\(key)' must be true or false", at: value)
        }
    }

    /// A number, nil when absent.
    func number(_ key: String) throws(RuleLoadError) -> Double? {
        guard let value = value(key) else { return nil }
        guard let text = value.scalar, let number = Double(text) else {
            throw error("'\(key)' must be a number", at: value)
        }
        return number
    }

    /// A list of strings; a single scalar counts as a list of one; absent gives [].
    func strings(_ key: String) throws(RuleLoadError) -> [String] {
        guard let value = value(key) else { return [] }
        return try Self.strings(value, key: key, path: path)
    }

    /// Reads `value` as a list of strings (or one string).
    static func strings(_ value: YAMLValue, key: String, path: String) throws(RuleLoadError) -> [String] {
        switch value.content {
        case .scalar(let text): return [text]
        case .sequence(let items):
            var result: [String] = []
            for item in items {
                guard let text = item.scalar else {
                    throw RuleLoadError(path: path, location: item.location, message: "'\(key)' must be a list of text")
                }
                result.append(text)
            }
            return result
        case .mapping:
            throw RuleLoadError(path: path, location: value.location, message: "'\(key)' must be a list of text, found a mapping")
        }
    }

    /// The allowed key nearest to a misspelt one, when it is close enough to be a typo.
    static func closest(to key: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, editDistance(Array(key), Array($0))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, key.count / 3) else { return nil }
        return best.0
    }

    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, ca) in a.enumerated() {
            var current = [i + 1]
            for (j, cb) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}

extension YAMLMapping {
    /// A list of enum values by raw name; absent gives nil (meaning "any").
    func enums<Value: RawRepresentable & CaseIterable & Hashable>(_ key: String, as type: Value.Type) throws(RuleLoadError) -> Set<Value>?
    where Value.RawValue == String {
        guard let value = value(key) else { return nil }
        var result: Set<Value> = []
        for name in try Self.strings(value, key: key, path: path) {
            guard let item = Value(rawValue: name) else {
                let known = Value.allCases.map(\.rawValue).joined(separator: ", ")
                throw error("unknown value '\(name)' for '\(key)'; known: \(known)", at: value)
            }
            result.insert(item)
        }
        return result
    }

    /// A phrase list as a `PhraseSet`, nil when absent.
    func phrases(_ key: String) throws(RuleLoadError) -> PhraseSet? {
        guard let value = value(key) else { return nil }
        do { return try PhraseSet(Self.strings(value, key: key, path: path)) } catch let failure as PhraseError {
            throw error("phrase '\(failure.phrase)' has no words", at: value)
        } catch let failure as RuleLoadError {
            throw failure
        } catch {
            throw self.error("\(error)", at: value)
        }
    }
}

/// How a rule file says whether a quote must have a speaker.
enum SpeakerRequirement: String, CaseIterable, Hashable {
    case present, missing, any
}

/// Which voice a claim must come from.
enum ClaimSourceRequirement: String, CaseIterable, Hashable {
    case article, speaker, any
}
