/// The HTML elements the reader tells apart; every other element is `.other`.
///
/// `.text` and `.comment` mark the two kinds of non-element node a `PageTree` keeps.
enum HTMLTag: UInt8, Sendable {
    case other, text, comment
    case html, head, body, title, meta, link, base
    case script, style, noscript, template, svg, math, iframe, object, embed, canvas
    case video, audio, picture, img, source, map
    case form, input, button, select, textarea, label, option, fieldset
    case nav, header, footer, aside, main, article, section, div, span, center, font
    case p, h1, h2, h3, h4, h5, h6, blockquote, q, pre, code, address, hr, br
    case ul, ol, li, dl, dt, dd, menu, dialog, details, summary
    case figure, figcaption, table, thead, tbody, tfoot, tr, td, th, caption
    case a, b, i, em, strong, small, sup, sub, time, u, s, abbr, cite, mark

    /// Looks up an element by its lower-case name.
    init(name: String) {
        self = HTMLTag.byName[name] ?? .other
    }

    private static let byName: [String: HTMLTag] = {
        let named: [HTMLTag] = [
            .html, .head, .body, .title, .meta, .link, .base, .script, .style, .noscript, .template,
            .svg, .math, .iframe, .object, .embed, .canvas, .video, .audio, .picture, .img, .source,
            .map, .form, .input, .button, .select, .textarea, .label, .option, .fieldset, .nav,
            .header, .footer, .aside, .main, .article, .section, .div, .span, .center, .font, .p,
            .h1, .h2, .h3, .h4, .h5, .h6, .blockquote, .q, .pre, .code, .address, .hr, .br, .ul,
            .ol, .li, .dl, .dt, .dd, .menu, .dialog, .details, .summary, .figure, .figcaption,
            .table, .thead, .tbody, .tfoot, .tr, .td, .th, .caption, .a, .b, .i, .em, .strong,
            .small, .sup, .sub, .time, .u, .s, .abbr, .cite, .mark,
        ]
        var table: [String: HTMLTag] = [:]
        for tag in named { table[String(describing: tag)] = tag }
        return table
    }()

    /// Whether the element breaks the flow of text into a new block.
    var isBlockLevel: Bool {
        switch self {
        case .p, .div, .section, .article, .main, .header, .footer, .nav, .aside, .h1, .h2, .h3,
            .h4, .h5, .h6, .blockquote, .pre, .address, .hr, .ul, .ol, .li, .dl, .dt, .dd, .menu,
            .dialog, .details, .summary, .figure, .figcaption, .table, .thead, .tbody, .tfoot, .tr,
            .td, .th, .caption, .center, .form, .fieldset, .body, .html, .title:
            true
        default:
            false
        }
    }

    /// Whether the element is a heading, `h1` to `h6`.
    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: true
        default: false
        }
    }

    /// Whether the element never holds article text (scripts, media, form controls).
    var isNeverContent: Bool {
        switch self {
        case .script, .style, .noscript, .template, .svg, .math, .iframe, .object, .embed, .canvas,
            .video, .audio, .picture, .img, .source, .map, .input, .button, .select, .textarea,
            .option, .dialog, .meta, .link, .base, .head:
            true
        default:
            false
        }
    }
}
