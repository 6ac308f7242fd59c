import VerityCore

import Foundation

/// A logistic-regression model over named features, read from the text form the trainer writes.
///
/// The text has one `key value` setting a line (`bias`, `threshold`, `word_threshold`) and one
/// `feature<TAB>weight` line per feature; lines that parse as neither are skipped.
public struct LinearModel: Sendable {
    /// Intercept of the linear score.
    public let bias: Double
    /// Probability at or above which a sentence is labelled positive, 0–1.
    public let threshold: Double
    /// Weight a word feature must reach for the word to be reported as a cue.
    public let wordThreshold: Double
    /// Weight of each feature; missing features weigh 0.
    public let weights: [String: Double]
    /// The same weights keyed by `TokenWords.hash` of the feature's name.
    let hashedWeights: HashTable64<Double>

    /// A model from explicit numbers.
    public init(bias: Double, threshold: Double, wordThreshold: Double = .infinity, weights: [String: Double]) {
        self.bias = bias
        self.threshold = threshold
        self.wordThreshold = wordThreshold
        self.weights = weights
        var hashed = HashTable64<Double>(capacity: weights.count)
        for (feature, weight) in weights { hashed.update(TokenWords.hash(feature)) { ($0 ?? 0) + weight } }
        self.hashedWeights = hashed
    }

    /// Reads a model from its text form.
    public init(text: String) {
        var settings: [String: Double] = [:]
        var weights: [String: Double] = [:]
        for line in text.split(separator: "\n") {
            if let tab = line.firstIndex(of: "\t") {
                if let value = Double(line[line.index(after: tab)...]) {
                    weights[String(line[..<tab])] = value
                }
            } else {
                let parts = line.split(separator: " ")
                if parts.count == 2, let value = Double(parts[1]) { settings[String(parts[0])] = value }
            }
        }
        self.init(
            bias: settings["bias"] ?? 0, threshold: settings["threshold"] ?? 0.5,
            wordThreshold: settings["word_threshold"] ?? .infinity, weights: weights)
    }

    /// The weight of one feature, 0 when the model does not know it.
    public func weight(of feature: String) -> Double { weights[feature] ?? 0 }

    /// The probability (0–1) that a sentence whose features hash to `hashes` is positive.
    public func probability(ofHashed hashes: [UInt64]) -> Double {
        var score = bias
        for hash in hashes { score += hashedWeights.value(for: hash) ?? 0 }
        return 1 / (1 + exp(-score))
    }

    /// The probability (0–1) that a sentence with `features` is positive.
    public func probability(of features: [String]) -> Double {
        var score = bias
        for feature in features { score += weights[feature] ?? 0 }
        return 1 / (1 + exp(-score))
    }
}
