import Testing
@testable import VerityReport

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func matchesPublishedVectors(_ input: String, _ expected: String) {
        #expect(SHA256.hex(input) == expected)
    }

    @Test func hashesLongMultiByteInput() {
        let text = String(repeating: "é", count: 1_000)
        // 2,000 UTF-8 bytes span many blocks; the digest must differ from a one-byte change.
        #expect(SHA256.hex(text) != SHA256.hex(text + "e"))
        #expect(SHA256.hex(text).count == 64)
    }

    @Test func base64IsStandardAndPadded() {
        #expect(SHA256.base64("abc") == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=")
    }
}
