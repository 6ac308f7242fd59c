import Testing
@testable import VerityIngest

@Suite struct DateNormalizerTests {
    @Test(arguments: [
        ("2019-10-16T08:00:00+02:00", "2019-10-16"),
        ("16.10.2019", "2019-10-16"),
        ("16.10.19", "2019-10-16"),
        ("October 16, 2019", "2019-10-16"),
        ("Wed Oct 16 2019 09:12:22 GMT+0200", "2019-10-16"),
        ("16. Oktober 2019, 17:05 Uhr", "2019-10-16"),
        ("16 de octubre de 2019", "2019-10-16"),
        ("le 16 octobre 2019", "2019-10-16"),
        ("11/01/2023 12:43:42", "2023-11-01"),
        ("Published 3rd March 2021", "2021-03-03"),
        ("Tue, 14 May 2019 10:00:00 +0000", "2019-05-14"),
        ("2019-05-14T23:30:00-04:00", "2019-05-14"),
        ("Updated 10:30 14 May 2019", "2019-05-14"),
        ("martes, 14 de mayo de 2019", "2019-05-14"),
        ("mardi 14 mai 2019", "2019-05-14"),
        ("Sept. 9, 2020", "2020-09-09"),
        ("Wochenbericht 14. - 20. Januar 2022", "2022-01-14"),
        ("Report for 31 December 2021 – 6 January 2022", "2021-12-31"),
    ])
    func normalizes(text: String, expected: String) {
        #expect(DateNormalizer().isoDate(from: text) == expected)
    }

    @Test(arguments: ["no date here", "42", "Room 12 of 30", "", "Mayor 12 says 2019 budget", "martes 14, 2019"])
    func rejects(text: String) {
        #expect(DateNormalizer().isoDate(from: text) == nil)
    }

    @Test func readsDatesInURLs() {
        #expect(DateNormalizer().isoDate(fromURL: "https://example.org/2019/11/18/story-title/") == "2019-11-18")
        #expect(DateNormalizer().isoDate(fromURL: "https://example.org/news/story-title") == nil)
    }
}
