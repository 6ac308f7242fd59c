import Foundation
import VerityCore

extension ArticleInput {
    /// An article of the input whose reading is left to the caller.
    public struct DeferredItem: Sendable {
        /// The article id, as iterating the input would give it.
        public var id: String
        /// The path, or `FILE:LINE` for a JSON Lines record.
        public var source: String
        /// The file the article is read from; nil for standard input and JSON Lines records.
        public var path: String?
        /// Reads the article (for files, when called; JSON Lines records are already read).
        public var read: @Sendable () -> Result<Document, ReadError>
    }

    /// The input's articles in the same order and with the same ids as iterating it, but with
    /// reading deferred to each item's `read`, so callers can read files in parallel.
    ///
    /// For files, directories are listed here (paths only), so `count` is known; JSON Lines
    /// records are read in line order as the sequence advances, and `count` is nil.
    public func deferredItems() -> (items: AnySequence<DeferredItem>, count: Int?) {
        switch origin {
        case .jsonLines:
            let items = lazy.map { item in DeferredItem(id: item.id, source: item.source, path: nil) { item.result } }
            return (AnySequence(items), nil)
        case .files(let paths):
            var items: [DeferredItem] = []
            for path in paths {
                guard path != ArticleLoader.standardInputPath, FileContents.isDirectory(path) else {
                    items.append(deferredFile(path))
                    continue
                }
                let files = FileArticles.articleFiles(in: path)
                if files.isEmpty {
                    let failure = Result<Document, ReadError>.failure(ReadError(source: path, reason: .noArticles))
                    items.append(DeferredItem(id: ArticleLoader.id(forPath: path), source: path, path: nil) { failure })
                }
                items += files.map(deferredFile)
            }
            return (AnySequence(items), items.count)
        }
    }

    private func deferredFile(_ path: String) -> DeferredItem {
        let loader = self.loader
        let file = path == ArticleLoader.standardInputPath ? nil : path
        return DeferredItem(id: ArticleLoader.id(forPath: path), source: path, path: file) {
            do throws(ReadError) {
                return .success(try loader.document(at: path))
            } catch {
                return .failure(error)
            }
        }
    }
}
