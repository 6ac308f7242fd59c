import CLibXML2

/// Parses HTML with libxml2's HTML parser (recovering from broken markup, never touching the
/// network, ignoring the page's own encoding declaration) and builds a `PageTree` from its SAX
/// events; libxml2's pointers never leave `tree(from:encodingName:)`.
///
/// SAX instead of libxml2's DOM: the tree is built once, without libxml2 allocating and freeing
/// a node and an attribute list per element, which roughly halves parsing time. libxml2 stops
/// descending past its nesting limit (256 without HTML_PARSE_HUGE) and recovers.
struct PageParser: Sendable {
    static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_NODEFDTD.rawValue
            | HTML_PARSE_COMPACT.rawValue)

    /// Parses `bytes` in the named encoding; nil when libxml2 does not know the encoding.
    func tree(from bytes: [UInt8], encodingName: String) -> PageTree? {
        guard !bytes.isEmpty else { return PageTree() }
        guard bytes.count < Int(Int32.max) else { return nil }
        let builder = SAXTreeBuilder()
        let parsed = bytes.withUnsafeBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress,
                let context = base.withMemoryRebound(to: CChar.self, capacity: buffer.count, {
                    htmlCreateMemoryParserCtxt($0, Int32(buffer.count))
                })
            else { return false }
            defer {
                if let document = context.pointee.myDoc { xmlFreeDoc(document) }
                context.pointee.myDoc = nil
                htmlFreeParserCtxt(context)
            }
            _ = htmlCtxtUseOptions(context, Self.options)
            guard let handler = xmlFindCharEncodingHandler(encodingName),
                xmlSwitchToEncoding(context, handler) == 0
            else { return false }
            context.pointee.sax.pointee = SAXTreeBuilder.makeHandler()
            context.pointee._private = Unmanaged.passUnretained(builder).toOpaque()
            _ = htmlParseDocument(context)
            context.pointee._private = nil
            return true
        }
        guard parsed else { return nil }
        return builder.finish()
    }
}
