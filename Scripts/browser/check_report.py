#!/usr/bin/env python3
"""Opens a Verity HTML report in headless Chromium and checks what a reader would see.

  check_report.py REPORT.html [--hostile [--index]] [--filters] [--screenshot OUT.png] [--chromium PATH]

Always: the page loads from file:// with no request leaving it. --hostile (the report of
Tests/Fixtures/browser/hostile-article.html): findings render as <mark>s, and nothing from the
article ran (title unchanged, no marker element, no window.__pwned, no dialog, no request, no
element or handler the article smuggled in); with --index the page is a batch's index.html, which
shows no article body, so only the second half applies. --filters: the page's own script works: hiding a
level through the side list's controls hides those findings. --screenshot: saves a PNG of the
page as a reader sees it. Prints one line per check and `N passed, N failed` last; exits 1 on
any failure, 2 when Chromium cannot run.
"""
import argparse
import base64
import os
import pathlib
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cdp  # noqa: E402

# Runs before any script of the page: dialogs never block and are counted.
PROBE = """
window.__verityDialogs = 0;
for (const name of ['alert', 'confirm', 'prompt', 'print']) {
  window[name] = function () { window.__verityDialogs += 1; return null; };
}
"""

HOSTILE_STATE = """(() => {
  const handlers = [];
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (attribute.name.toLowerCase().startsWith('on')) handlers.push(element.tagName + ' ' + attribute.name);
    }
  }
  const scripts = [...document.scripts].map(s => s.textContent);
  return {
    title: document.title,
    marker: !!document.getElementById('pwned-marker'),
    pwned: typeof window.__pwned !== 'undefined',
    dialogs: window.__verityDialogs,
    handlers: handlers,
    smuggled: document.querySelectorAll('iframe, object, embed, form, base, img, svg image, meta[http-equiv]:not([http-equiv="Content-Security-Policy" i])').length,
    javascriptLinks: [...document.querySelectorAll('a[href]')].filter(a => /^\\s*javascript:/i.test(a.getAttribute('href'))).length,
    payloadScripts: scripts.filter(t => /pwned/i.test(t)).length,
    marks: document.querySelectorAll('mark').length,
    marksWithText: [...document.querySelectorAll('mark')].filter(m => m.textContent.trim().length > 0).length,
    escapedTextShown: document.body.innerText.includes("<script>document.title='PWNED-h1'</script>")
        || document.body.innerText.includes('<script>fetch('),
  };
})()"""


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def expect(self, condition, what, detail=""):
        if condition:
            self.passed += 1
            print("ok: " + what)
        else:
            self.failed += 1
            print("FAIL: " + what + (" (" + detail + ")" if detail else ""))


def outside_requests(browser, page_url):
    urls = []
    for event in browser.events:
        if event.get("method") == "Network.requestWillBeSent":
            url = event["params"]["request"]["url"]
            if url != page_url and not url.startswith(("data:", "about:")):
                urls.append(url)
    return urls


def check_hostile(browser, session, page_url, checks, shows_article):
    state = browser.evaluate(session, HOSTILE_STATE)
    # Payloads set the title to exactly `PWNED-…`; the article's own title may show them as text.
    checks.expect(not state["title"].startswith("PWNED"), "the article cannot set the title", state["title"])
    checks.expect(not state["marker"], "no element inserted by an article payload")
    checks.expect(not state["pwned"], "no article script ran (window.__pwned unset)")
    checks.expect(state["dialogs"] == 0, "no dialog opened", str(state["dialogs"]))
    checks.expect(not state["handlers"], "no inline event handlers in the page", ", ".join(state["handlers"][:5]))
    checks.expect(state["smuggled"] == 0, "no iframe/img/form/base/meta element from the article",
                  str(state["smuggled"]))
    checks.expect(state["javascriptLinks"] == 0, "no javascript: links")
    checks.expect(state["payloadScripts"] == 0, "no script element carries article text")
    if shows_article:
        checks.expect(state["escapedTextShown"], "the article's markup-like text is shown as text")
        checks.expect(state["marksWithText"] > 0, "findings are highlighted in the article",
                      "%d marks" % state["marks"])
    requests = outside_requests(browser, page_url)
    checks.expect(not requests, "no request leaves the page", ", ".join(requests[:5]))


def check_links(browser, session, page, checks):
    """Every link of a batch index that is not a web URL opens a file inside the output folder."""
    hrefs = browser.evaluate(session, "[...document.querySelectorAll('a[href]')].map(a => a.href)")
    local = [href for href in hrefs if href.startswith("file://")]
    root = page.parent.resolve()
    missing = []
    for href in local:
        from urllib.parse import unquote, urlparse
        target = pathlib.Path(unquote(urlparse(href).path)).resolve()
        if root not in target.parents or not target.is_file():
            missing.append(href)
    checks.expect(local and not missing, "every report link opens a file inside the output folder",
                  "%d links, broken: %s" % (len(local), ", ".join(missing[:3])))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("report")
    parser.add_argument("--hostile", action="store_true")
    parser.add_argument("--index", action="store_true", help="the page is a batch index, not a report")
    parser.add_argument("--filters", action="store_true")
    parser.add_argument("--screenshot")
    parser.add_argument("--screenshot-height", type=int, default=2400, help="pixels at most (width 1280)")
    parser.add_argument("--chromium", default=os.environ.get("CHROMIUM", "chromium"))
    arguments = parser.parse_args()

    report = pathlib.Path(arguments.report).resolve()
    if not report.is_file():
        print("check_report: error: %s: no such file" % arguments.report, file=sys.stderr)
        return 2
    page_url = report.as_uri()
    checks = Checks()
    try:
        browser = cdp.Browser(arguments.chromium)
    except OSError as error:
        print("check_report: error: cannot start %s: %s" % (arguments.chromium, error), file=sys.stderr)
        return 2
    try:
        session = browser.open_page()
        browser.send("Page.addScriptToEvaluateOnNewDocument", {"source": PROBE}, session)
        browser.navigate(session, page_url)
        time.sleep(0.5)
        loaded = browser.evaluate(session, "document.readyState + ' ' + location.href")
        checks.expect(loaded == "complete " + page_url, "the report loads from file://", loaded)
        if arguments.hostile:
            check_hostile(browser, session, page_url, checks, not arguments.index)
        if arguments.index:
            check_links(browser, session, report, checks)
        if arguments.filters:
            import filters
            filters.check(browser, session, checks)
        if arguments.screenshot:
            size = browser.evaluate(
                session, "[document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
            height = min(size[1], arguments.screenshot_height)
            shot = browser.send("Page.captureScreenshot", {
                "format": "png", "captureBeyondViewport": True,
                "clip": {"x": 0, "y": 0, "width": 1280, "height": height, "scale": 1}}, session)
            pathlib.Path(arguments.screenshot).write_bytes(base64.b64decode(shot["data"]))
            print("wrote " + arguments.screenshot)
    except cdp.BrowserError as error:
        print("check_report: error: %s" % error, file=sys.stderr)
        return 2
    finally:
        browser.close()
    print("%d passed, %d failed" % (checks.passed, checks.failed))
    return 0 if checks.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
