import VerityCore

/// One layer of rule settings: the top of `.verity.yml`, or one of its `overrides`.
struct RuleSettings: Sendable {
    /// Rule ids or families to turn on (opt-in rules included).
    var enable: Set<String> = []
    /// Rule ids or families to turn off.
    var disable: Set<String> = []
    /// Levels by rule id or family.
    var levels: [String: Level] = [:]

    static let keys = ["enable", "disable", "levels"]

    /// Reads the layer's keys from `fields`, checking names against `known` rule ids and families.
    init(_ fields: YAMLMapping, known: Set<String>) throws(RuleLoadError) {
        for key in ["enable", "disable"] {
            guard let value = fields.value(key) else { continue }
            let names = try YAMLMapping.strings(value, key: key, path: fields.path)
            for name in names where !known.contains(name) {
                throw fields.error("'\(key)' names '\(name)', which is neither a rule nor a family", at: value)
            }
            if key == "enable" { enable = Set(names) } else { disable = Set(names) }
        }
        if let value = fields.value("levels") {
            let levelFields = try YAMLMapping(value, path: fields.path, allowedKeys: known.sorted(), what: "'levels' (rule ids and families)")
            for (name, _, levelValue) in levelFields.entries {
                guard let text = levelValue.scalar, let level = Level(rawValue: text) else {
                    throw fields.error("level of '\(name)' must be info, warning or error", at: levelValue)
                }
                levels[name] = level
            }
        }
    }

    init() {}

    /// Whether this layer turns the rule on (true), off (false), or says nothing (nil); a rule
    /// id outranks its family.
    func enabled(id: String, family: String) -> Bool? {
        if disable.contains(id) { return false }
        if enable.contains(id) { return true }
        if disable.contains(family) { return false }
        if enable.contains(family) { return true }
        return nil
    }

    /// The level this layer gives the rule, if any; a rule id outranks its family.
    func level(id: String, family: String) -> Level? {
        levels[id] ?? levels[family]
    }
}

/// The layers of settings that apply to one article, in order; later layers win.
struct ArticleSettings: Sendable {
    var layers: [RuleSettings]

    /// Whether a rule runs; opt-in rules run only when a layer enables them.
    func isEnabled(id: String, family: String, optIn: Bool) -> Bool {
        var enabled = !optIn
        for layer in layers {
            if let verdict = layer.enabled(id: id, family: family) { enabled = verdict }
        }
        return enabled
    }

    /// The level a rule's findings get.
    func level(id: String, family: String, default level: Level) -> Level {
        var result = level
        for layer in layers {
            if let configured = layer.level(id: id, family: family) { result = configured }
        }
        return result
    }
}
