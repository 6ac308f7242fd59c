import Foundation
import VerityCore

/// Iterates article files given as paths, expanding each directory into its article files.
struct FileArticles: IteratorProtocol {
    private var paths: ArraySlice<String>
    private var expanded: ArraySlice<String> = []
    let loader: ArticleLoader

    init(paths: [String], loader: ArticleLoader) {
        self.paths = paths[...]
        self.loader = loader
    }

    mutating func next() -> ArticleInput.Item? {
        if let file = expanded.popFirst() { return item(for: file) }
        guard let path = paths.popFirst() else { return nil }
        guard path != ArticleLoader.standardInputPath, FileContents.isDirectory(path) else { return item(for: path) }
        let files = Self.articleFiles(in: path)
        guard !files.isEmpty else {
            let error = ReadError(source: path, reason: .noArticles)
            return ArticleInput.Item(id: ArticleLoader.id(forPath: path), source: path, result: .failure(error))
        }
        expanded = files[...]
        return next()
    }

    private func item(for path: String) -> ArticleInput.Item {
        let result: Result<Document, ReadError>
        do {
            result = .success(try loader.document(at: path))
        } catch {
            result = .failure(error)
        }
        return ArticleInput.Item(id: ArticleLoader.id(forPath: path), source: path, result: result)
    }

    /// Article files under `directory` (recursively, hidden entries skipped), sorted by path.
    static func articleFiles(in directory: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                walker.skipDescendants()
                continue
            }
            let path = (directory as NSString).appendingPathComponent(relative)
            if ArticleFormat.format(forPath: name) != nil, !FileContents.isDirectory(path) { files.append(path) }
        }
        return files.sorted()
    }
}
