/// The shipped sentence models, parsed once on first use from `ClassifierWeights`.
///
/// The weights are written by `Scripts/train/train_classifiers.py` from the dev data.
enum ClassifierModels {
    static let checkworthy = LinearModel(text: ClassifierWeights.checkworthy)
    static let hedge = LinearModel(text: ClassifierWeights.hedge)
    static let weasel = LinearModel(text: ClassifierWeights.weasel)
    static let loaded = LinearModel(text: ClassifierWeights.loaded)

    /// The model for `task`.
    static func model(for task: SentenceClassifier.Task) -> LinearModel {
        switch task {
        case .checkworthy: checkworthy
        case .hedge: hedge
        case .weasel: weasel
        case .loaded: loaded
        }
    }
}
