extension BatchIndexPage {
    /// The document head: strict Content-Security-Policy (no script at all) and the inline style.
    static let head = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Verity batch report</title>
        <style>
        body { font: 15px/1.45 system-ui, sans-serif; color: #1d1d1f; margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem; }
        h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
        table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #ddd; vertical-align: top; }
        th { background: #f3f3f5; } td.n { text-align: right; font-variant-numeric: tabular-nums; } small { color: #666; word-break: break-all; }
        td { overflow-wrap: anywhere; } td.date { white-space: nowrap; } a { color: #0b5cad; }
        ul.levels { list-style: none; display: flex; gap: 1rem; padding: 0; } ul.levels li { padding: .4rem .8rem; border-radius: .4rem; background: #f3f3f5; }
        li.error b { color: #b00020; } li.warning b { color: #a15c00; } li.info b { color: #0b5cad; }
        .errors code { color: #b00020; white-space: pre-wrap; }
        @media print { body { max-width: none; } a { color: inherit; } }
        </style>
        </head>
        <body>

        """
}
