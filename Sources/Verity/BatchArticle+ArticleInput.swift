import VerityIngest
import VerityReport

extension BatchArticle {
    /// The batch article of an input item; its read error becomes the failure message.
    public init(_ item: ArticleInput.DeferredItem) {
        let read = item.read
        self.init(id: item.id, source: item.source) {
            read().mapError { BatchReadFailure(message: $0.description) }
        }
    }
}
