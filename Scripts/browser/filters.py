"""Checks that an HTML report's own script runs and its filters hide what they should.

Drives the report's controls as a reader would (#filter-level, #filter-family, #filter-speaker
selects; `li.finding[data-level|data-family|data-speaker]` items; `mark.f[data-f]` highlights).
"""

STATE = """(() => {
  const items = [...document.querySelectorAll('li.finding[id]')];
  return {
    filtersShown: !!document.getElementById('filters') && !document.getElementById('filters').hidden,
    items: items.length,
    visible: items.filter(i => !i.hidden).map(i => ({level: i.dataset.level, family: i.dataset.family, speaker: i.dataset.speaker})),
    marksOn: [...document.querySelectorAll('mark.f:not(.off)')].length,
    marksOff: [...document.querySelectorAll('mark.f.off')].length,
    count: (document.getElementById('filter-count') || {}).textContent || '',
  };
})()"""


def choose(control, value):
    return """(() => {
  const control = document.getElementById('%s');
  control.value = %s;
  control.dispatchEvent(new Event('change', {bubbles: true}));
  return control.value;
})()""" % (control, repr(value))


def options(control):
    return "[...document.querySelectorAll('#%s option')].map(o => o.value).filter(v => v)" % control


def check(browser, session, checks):
    before = browser.evaluate(session, STATE)
    checks.expect(before["filtersShown"], "the report's script runs (filter bar shown)")
    checks.expect(before["items"] > 1, "the side list lists the findings", str(before["items"]))
    checks.expect(len(before["visible"]) == before["items"], "every finding is shown before filtering")
    levels = browser.evaluate(session, options("filter-level"))
    present = {item["level"] for item in before["visible"]}
    chosen = next((level for level in levels if level in present and len(present) > 1), None)
    if chosen is None:
        chosen = next((level for level in levels if level not in present), levels[0] if levels else "")
    browser.evaluate(session, choose("filter-level", chosen))
    after = browser.evaluate(session, STATE)
    expected = sum(1 for item in before["visible"] if item["level"] == chosen)
    checks.expect(len(after["visible"]) == expected and all(i["level"] == chosen for i in after["visible"]),
                  "the level filter keeps only %s findings" % chosen,
                  "%d shown, %d expected" % (len(after["visible"]), expected))
    checks.expect(after["marksOff"] > 0 or expected == before["items"],
                  "highlights of hidden findings are turned off", "%d off" % after["marksOff"])
    checks.expect(str(expected) in after["count"], "the count says what is shown", after["count"])
    for control, key in (("filter-family", "family"), ("filter-speaker", "speaker")):
        browser.evaluate(session, choose("filter-level", ""))
        values = browser.evaluate(session, options(control))
        counts = {value: sum(1 for item in before["visible"] if item[key] == value) for value in values}
        value = next((v for v in values if 0 < counts[v] < before["items"]), None)
        if value is None:
            continue
        browser.evaluate(session, choose(control, value))
        state = browser.evaluate(session, STATE)
        checks.expect(all(i[key] == value for i in state["visible"]) and len(state["visible"]) == counts[value],
                      "the %s filter keeps only findings of %s" % (key, value),
                      "%d shown, %d expected" % (len(state["visible"]), counts[value]))
        browser.evaluate(session, choose(control, ""))
    reset = browser.evaluate(session, STATE)
    checks.expect(len(reset["visible"]) == before["items"] and reset["marksOff"] == 0,
                  "clearing the filters shows everything again")
