import Foundation

/// Validates JSON against a JSON Schema with python3's `jsonschema` module, for tests only; tests
/// that need it are disabled, with the reason recorded, when the module is missing.
enum SchemaValidator {
    /// The repository root, found from this file's path.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The official SARIF 2.1.0 schema: `VERITY_SARIF_SCHEMA`, else `../shared/schemas/`.
    static var sarifSchema: URL {
        if let path = ProcessInfo.processInfo.environment["VERITY_SARIF_SCHEMA"] { return URL(fileURLWithPath: path) }
        return repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/schemas/sarif-schema-2.1.0.json")
    }

    /// Whether python3 with `jsonschema` can be run.
    static let isAvailable: Bool = (try? run(["-c", "import jsonschema"]).status) == 0

    /// Whether the SARIF schema file is present and a validator can run.
    static var canValidateSARIF: Bool { isAvailable && FileManager.default.fileExists(atPath: sarifSchema.path) }

    /// Validates `json` against the schema file; nil when valid, else the validator's message.
    static func problems(in json: String, schema: URL) throws -> String? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verity-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let instance = folder.appendingPathComponent("instance.json")
        try Data(json.utf8).write(to: instance)
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            instance = json.load(open(sys.argv[2], encoding="utf-8"))
            cls = jsonschema.validators.validator_for(schema)
            errors = sorted(cls(schema).iter_errors(instance), key=lambda e: list(e.path))
            for e in errors[:5]: print(list(e.path), e.message[:300])
            sys.exit(1 if errors else 0)
            """
        let (status, output) = try run(["-c", script, schema.path, instance.path])
        return status == 0 ? nil : output
    }

    private static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
