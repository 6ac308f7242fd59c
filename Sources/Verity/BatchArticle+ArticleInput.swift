import Foundation
import VerityIngest
import VerityReport

extension BatchArticle {
    /// The batch article of an input item; its read error becomes the failure message, and a
    /// file's size (one `stat`, no reading) its size hint.
    public init(_ item: ArticleInput.DeferredItem) {
        let read = item.read
        let size = item.path.flatMap { try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int }
        self.init(id: item.id, source: item.source, sizeHint: size) {
            read().mapError { BatchReadFailure(message: $0.description) }
        }
    }
}
