internal import CLibXML2

/// A parsed, well-formed XML document, owned for its lifetime (the one class of the project:
/// it owns libxml2's tree and frees it).
///
/// Parsing never touches the network (`XML_PARSE_NONET`) and never expands external entities or
/// loads a DTD, so hostile input cannot reach outside the document.
public final class XMLDocument {
    private let document: xmlDocPtr

    /// Parses `text` as XML; `name`, e.g. `report.html`, names it in error messages.
    /// - Throws: `XMLError.notWellFormed` with the line, column and reason of the first error.
    public init(parsing text: String, name: String) throws(XMLError) {
        guard let context = xmlNewParserCtxt() else { throw .parserUnavailable(document: name) }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let bytes = Array(text.utf8)
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    xmlCtxtReadMemory(context, chars, Int32(buffer.count), name, "UTF-8", options)
                }
            }
        }
        let error = context.pointee.lastError
        guard let parsed, context.pointee.wellFormed != 0 else {
            if let parsed { xmlFreeDoc(parsed) }
            let message = error.message.map { String(cString: $0) } ?? "empty document"
            throw .notWellFormed(
                document: name,
                line: Int(error.line),
                column: Int(error.int2),
                message: message.trimmingTrailingWhitespace()
            )
        }
        document = parsed
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// The root element's local name (`html`, `svg`).
    public var rootName: String? {
        guard let root = xmlDocGetRootElement(document) else { return nil }
        return String(cString: root.pointee.name)
    }

    /// Every element with the given local name, in document order.
    /// - Parameter name: the local name, e.g. `td`.
    /// - Returns: the elements' attributes and text content.
    public func elements(named name: String) -> [XMLElementSummary] {
        var found: [XMLElementSummary] = []
        visit(xmlDocGetRootElement(document)) { node in
            guard String(cString: node.pointee.name) == name else { return }
            found.append(summary(of: node))
        }
        return found
    }

    /// The document's text content with tags removed, as a reader would see it.
    public var textContent: String {
        guard let root = xmlDocGetRootElement(document) else { return "" }
        return content(of: root)
    }

    private func summary(of node: xmlNodePtr) -> XMLElementSummary {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            let key = String(cString: current.pointee.name)
            if let value = xmlGetProp(node, current.pointee.name) {
                attributes[key] = String(cString: value)
                posture_xml_free(value)
            }
            attribute = current.pointee.next
        }
        return XMLElementSummary(
            name: String(cString: node.pointee.name),
            attributes: attributes,
            text: content(of: node)
        )
    }

    private func content(of node: xmlNodePtr) -> String {
        guard let raw = xmlNodeGetContent(node) else { return "" }
        defer { posture_xml_free(raw) }
        return String(cString: raw)
    }

    private func visit(_ node: xmlNodePtr?, _ body: (xmlNodePtr) -> Void) {
        var current = node
        while let node = current {
            if node.pointee.type == XML_ELEMENT_NODE {
                body(node)
                visit(node.pointee.children, body)
            }
            current = node.pointee.next
        }
    }
}

/// An element found in a parsed document.
public struct XMLElementSummary: Sendable, Equatable {
    /// The local name.
    public var name: String
    /// The attributes.
    public var attributes: [String: String]
    /// The text content of the element and its descendants.
    public var text: String
}

/// The libxml2 version linked, e.g. `2.9.14`.
public let libxml2Version: String = String(cString: posture_libxml_version())

extension String {
    fileprivate func trimmingTrailingWhitespace() -> String {
        var result = self
        while let last = result.last, last.isWhitespace { result.removeLast() }
        return result
    }
}
