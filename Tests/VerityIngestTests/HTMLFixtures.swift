import Foundation

/// Pages the tests read: written for these tests, in the shape of real news pages.
enum HTMLFixtures {
    /// Paragraphs long enough that the extractor sees an article.
    static let paragraphs = [
        "The harbour authority of Lindqvist Bay approved a new breakwater on Tuesday, after a decade of winter storms that flooded the old fish market twice.",
        "Engineers expect the wall to cost 41 million euros, paid for by the regional fund and a levy on cruise ships that dock in the bay during the summer season.",
        "Residents who spoke at the hearing were divided, with fishermen backing the plan and several shop owners worried about two years of construction noise.",
    ]

    /// A news page with every kind of chrome around a short article.
    static let chromePage = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <title>Breakwater approved for Lindqvist Bay | Coastal Courier</title>
        <style>body { font-family: serif; } .secret-style { color: red; }</style>
        <script>var trackingSecret = "do-not-show";</script>
        </head>
        <body>
        <a class="skip-link" href="#main">Skip to main content</a>
        <header class="site-header"><div class="logo">Coastal Courier</div>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
        </header>
        <div id="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
        <main id="main">
        <article class="article">
        <h1>Breakwater approved for Lindqvist Bay</h1>
        <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
        <p>\(paragraphs[0])</p>
        <figure><img src="wall.jpg" alt=""><figcaption>The old fish market after the January storm. <span class="photo-credit">Photo: Harbour Archive</span></figcaption></figure>
        <p>\(paragraphs[1])<script>document.write("inline-script-text")</script></p>
        <h2>A divided town</h2>
        <p>\(paragraphs[2])</p>
        <blockquote><p>We have waited ten years for this wall.</p></blockquote>
        <ul><li>Construction starts in March.</li><li>The market stays open during the works.</li></ul>
        <form class="newsletter"><label>Get our newsletter</label><input type="email"><button>Sign up</button></form>
        <noscript>Please enable JavaScript to read the comments.</noscript>
        </article>
        <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Storm floods fish market again</a></li><li><a href="/b">Cruise levy debated</a></li></ul></aside>
        </main>
        <footer><p>Copyright Coastal Courier. All rights reserved.</p></footer>
        </body>
        </html>
        """

    /// A page whose metadata sits in JSON-LD, OpenGraph and a canonical link.
    static let jsonLDPage = """
        <html lang="de">
        <head>
        <title>Ignored title - Site</title>
        <link rel="canonical" href="https://example.org/news/breakwater">
        <meta property="og:site_name" content="Coastal Courier">
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [
          {"@type": "NewsArticle", "headline": "Breakwater approved for Lindqvist Bay",
           "author": [{"@id": "https://example.org/#anna"}, {"@type": "Person", "name": "Jonas Berg"}],
           "datePublished": "2025-03-04T09:30:00+01:00", "publisher": {"@type": "Organization", "name": "Coastal Courier"}},
          {"@type": "Person", "@id": "https://example.org/#anna", "name": "Anna Lindqvist"}
        ]}
        </script>
        </head>
        <body><article>
        <p>\(paragraphs.joined(separator: "</p><p>"))</p>
        </article></body></html>
        """

    /// A page whose metadata sits only in `<meta>` tags, a `<time>` element and a byline.
    static let metaPage = """
        <html>
        <head>
        <meta property="og:title" content="Cruise levy passes first vote | Coastal Courier">
        <meta property="og:site_name" content="Coastal Courier">
        <meta name="author" content="Mira Holm">
        <title>Cruise levy passes first vote | Coastal Courier</title>
        </head>
        <body><div class="story">
        <h1>Cruise levy passes first vote</h1>
        <p class="byline">By Mira Holm, <time datetime="2024-11-18T17:05:00Z">18 November 2024</time></p>
        <p>\(paragraphs.joined(separator: "</p><p>"))</p>
        </div></body></html>
        """
}
