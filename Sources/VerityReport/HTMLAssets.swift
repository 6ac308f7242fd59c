/// The HTML report's own style sheet and script, inlined in every report and allowed by the
/// page's Content-Security-Policy through their SHA-256 hashes (nothing else may run or style).
enum HTMLAssets {
    /// The Content-Security-Policy: no network, no plugins, only this style sheet and script.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'sha256-\(SHA256.base64(style))'; "
        + "script-src 'sha256-\(SHA256.base64(script))'; img-src 'none'; font-src 'none'; "
        + "connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'"

    static let style = """

        :root { --ink: #1d1d1f; --muted: #5f6368; --line: #d9d9de; --paper: #fff; --panel: #f6f6f8;
          --error: #b3261e; --error-bg: #fde2df; --warning: #8a5a00; --warning-bg: #fff1c2;
          --info: #1f5fa8; --info-bg: #dce9fb; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.55 Georgia, "Times New Roman", serif; color: var(--ink); background: var(--paper); }
        .report-head, .filters, .doc, .report-foot { max-width: 78rem; margin: 0 auto; padding: 0.75rem 1.5rem; }
        .report-head { font: 14px/1.4 system-ui, sans-serif; color: var(--muted); border-bottom: 1px solid var(--line); }
        .filters { position: sticky; top: 0; z-index: 2; background: var(--paper); border-bottom: 1px solid var(--line);
          font: 14px system-ui, sans-serif; display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; }
        .filters[hidden] { display: none; }
        .filters select { font: inherit; padding: 0.15rem 0.3rem; }
        .doc { border-bottom: 2px solid var(--line); padding-bottom: 2rem; }
        .article-head h1 { font-size: 2rem; line-height: 1.2; margin: 0.5rem 0; }
        .kicker, .byline, .meta { font: 14px/1.5 system-ui, sans-serif; color: var(--muted); margin: 0.2rem 0; }
        .meta .url, .meta a { word-break: break-all; }
        .badge { display: inline-block; padding: 0 0.5rem; border-radius: 1rem; font: 600 13px/1.6 system-ui, sans-serif; margin-right: 0.3rem; }
        .badge.error { background: var(--error-bg); color: var(--error); }
        .badge.warning { background: var(--warning-bg); color: var(--warning); }
        .badge.info { background: var(--info-bg); color: var(--info); }
        .badge.none { background: var(--panel); color: var(--muted); }
        .layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(17rem, 2fr); gap: 2rem; margin-top: 1rem; }
        .body p, .body blockquote, .body h2 { white-space: pre-line; }
        .body h2 { font-size: 1.35rem; }
        .body blockquote { margin-left: 0; padding-left: 1rem; border-left: 3px solid var(--line); }
        .body .list-item::before { content: "• "; }
        .body .caption { font-size: 0.9rem; color: var(--muted); }
        mark.f { background: var(--info-bg); color: inherit; border-bottom: 2px solid var(--info); cursor: pointer; padding: 0 1px; }
        mark.f.warning { background: var(--warning-bg); border-bottom-color: var(--warning); }
        mark.f.error { background: var(--error-bg); border-bottom-color: var(--error); }
        mark.f.multi { border-bottom-style: double; border-bottom-width: 3px; }
        mark.f.off { background: none; border-bottom: 1px dotted var(--line); cursor: default; }
        mark.f.selected { outline: 2px solid var(--ink); }
        mark.pin::before { content: "▲"; font-size: 0.7em; }
        aside { font: 14px/1.45 system-ui, sans-serif; }
        .aside-inner { position: sticky; top: 3.5rem; max-height: calc(100vh - 4rem); overflow: auto; }
        .detail { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 0.75rem; margin-bottom: 1rem; }
        .detail ol { margin: 0; padding: 0; list-style: none; }
        .finding-list { margin: 0; padding: 0; list-style: none; }
        li.finding { border-left: 4px solid var(--info); padding: 0.4rem 0.6rem; margin-bottom: 0.6rem; background: var(--paper); }
        li.finding.warning { border-left-color: var(--warning); }
        li.finding.error { border-left-color: var(--error); }
        li.finding.selected { background: var(--panel); }
        li.finding p { margin: 0.15rem 0; }
        .level { font-weight: 700; text-transform: uppercase; font-size: 12px; letter-spacing: 0.03em; }
        .error .level { color: var(--error); } .warning .level { color: var(--warning); } .info .level { color: var(--info); }
        .rule-id, .where { color: var(--muted); }
        .matched { font-family: Georgia, serif; font-style: italic; }
        .why { color: var(--muted); }
        .why summary { cursor: pointer; }
        .why p { margin: 0.25rem 0; }
        .tables h2 { font-size: 1.2rem; margin-top: 2rem; }
        table { border-collapse: collapse; width: 100%; font: 14px/1.4 system-ui, sans-serif; }
        th, td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); padding: 0.35rem 0.5rem; }
        th { background: var(--panel); }
        td ul { margin: 0; padding-left: 1rem; }
        meter { width: 5rem; }
        .empty { color: var(--muted); font-style: italic; }
        .report-foot { font: 13px system-ui, sans-serif; color: var(--muted); }
        @media (max-width: 60rem) { .layout { grid-template-columns: 1fr; } .aside-inner { position: static; max-height: none; } }
        @media print {
          body { font-size: 11pt; }
          .filters, .detail, .jump { display: none !important; }
          .layout { display: block; }
          .aside-inner { position: static; max-height: none; overflow: visible; }
          mark.f, .badge { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
          mark.f::after { content: attr(data-n); font: 7pt system-ui, sans-serif; vertical-align: super; }
          li.finding, tr { break-inside: avoid; }
          details.why > summary { display: none; }
          a[href^="http"]:not(.bare)::after { content: " <" attr(href) ">"; font-size: 9pt; color: var(--muted); word-break: break-all; }
          .doc { break-after: page; border: none; }
        }

        """

    static let script = """

        "use strict";
        (function () {
          var filters = document.getElementById("filters");
          if (!filters) { return; }
          filters.hidden = false;
          var level = document.getElementById("filter-level");
          var family = document.getElementById("filter-family");
          var speaker = document.getElementById("filter-speaker");
          var count = document.getElementById("filter-count");
          var items = Array.prototype.slice.call(document.querySelectorAll("li.finding"));
          var marks = Array.prototype.slice.call(document.querySelectorAll("mark.f"));
          function apply() {
            var shown = {};
            var total = 0;
            items.forEach(function (item) {
              var ok = (!level.value || item.dataset.level === level.value)
                && (!family.value || item.dataset.family === family.value)
                && (!speaker.value || item.dataset.speaker === speaker.value);
              item.hidden = !ok;
              if (ok) { shown[item.id] = true; total += 1; }
            });
            marks.forEach(function (mark) {
              var on = mark.dataset.f.split(" ").some(function (id) { return shown[id] === true; });
              mark.classList.toggle("off", !on);
            });
            count.textContent = "Showing " + total + " of " + items.length + " findings";
          }
          function select(ids, section) {
            document.querySelectorAll(".selected").forEach(function (node) { node.classList.remove("selected"); });
            var list = document.createElement("ol");
            ids.forEach(function (id) {
              var item = document.getElementById(id);
              if (!item) { return; }
              item.classList.add("selected");
              var copy = item.cloneNode(true);
              copy.removeAttribute("id");
              copy.hidden = false;
              copy.querySelectorAll("details").forEach(function (node) { node.open = true; });
              list.appendChild(copy);
            });
            marks.forEach(function (mark) {
              if (ids.some(function (id) { return mark.dataset.f.split(" ").indexOf(id) >= 0; })) { mark.classList.add("selected"); }
            });
            var detail = section ? section.querySelector(".detail") : null;
            if (detail) { detail.replaceChildren(list); }
          }
          function activate(target) {
            var mark = target.closest("mark.f");
            if (mark && !mark.classList.contains("off")) { select(mark.dataset.f.split(" "), mark.closest(".doc")); return true; }
            var item = target.closest("li.finding[id]");
            if (item && !target.closest("a")) {
              select([item.id], item.closest(".doc"));
              var first = marks.filter(function (m) { return m.dataset.f.split(" ").indexOf(item.id) >= 0; })[0];
              if (first) { first.scrollIntoView({ block: "center" }); }
              return true;
            }
            return false;
          }
          [level, family, speaker].forEach(function (control) { control.addEventListener("change", apply); });
          document.addEventListener("click", function (event) { activate(event.target); });
          window.addEventListener("beforeprint", function () {
            document.querySelectorAll("details.why").forEach(function (node) { node.open = true; });
          });
          document.addEventListener("keydown", function (event) {
            if ((event.key === "Enter" || event.key === " ") && activate(event.target)) { event.preventDefault(); }
          });
          apply();
        })();

        """
}
