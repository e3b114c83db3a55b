import Foundation

/// Builds SVG text: one place rounds coordinates (to 0.1, fixed format) and escapes text, so charts
/// are deterministic and safe to inline.
struct SVGWriter {
    /// The markup so far.
    private(set) var markup = ""
    /// The description with the chart's numbers, as in the SVG `<desc>`: also the caption in Markdown.
    let desc: String

    /// The text size in view-box units. Charts are drawn 760 units wide and shown at least 650 px
    /// wide, so text is never under 11 px on screen or on A4.
    static let fontSize = 13

    /// Okabe–Ito colours, readable with colour-blindness and in greyscale print.
    enum Palette {
        static let blue = "#0072B2"
        static let green = "#009E73"
        static let vermillion = "#D55E00"
        static let orange = "#E69F00"
        static let yellow = "#F0E442"
        static let sky = "#56B4E9"
        static let purple = "#CC79A7"
        static let grey = "#8C8C8C"
        static let ink = "#222222"
        static let muted = "#5A5A5A"
        static let rule = "#D9D9D9"
        /// A darker green for text in the green series colour: 5.3:1 on white (the mark green is 3.4:1).
        static let greenText = "#007A5A"
        /// Fills under 3:1 against white: their marks get a dark outline, so each bar reads on paper.
        static let light: Set<String> = [orange, yellow, sky]
    }

    /// Starts an SVG with its accessible title and description.
    /// - Parameters:
    ///   - width: the view box width.
    ///   - height: the view box height.
    ///   - title: the accessible name, written as the SVG's `<title>`.
    ///   - desc: a description of what the chart shows, with its numbers.
    init(width: Double, height: Double, title: String, desc: String) {
        self.desc = desc
        markup =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\""
            + " width=\"\(Self.number(width))\" height=\"\(Self.number(height))\""
            + " font-family=\"system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK JP', sans-serif\" font-size=\"\(Self.fontSize)\">\n"
            + "<title>\(HTMLEscaping.escaped(title))</title>\n<desc>\(HTMLEscaping.escaped(desc))</desc>\n"
    }

    /// Rounds a coordinate to one decimal with a fixed format: `12.0`, never `-0.0`.
    /// - Parameter value: the coordinate.
    /// - Returns: the text.
    static func number(_ value: Double) -> String {
        // Tenths counted as an integer and written as one: `String(format:)` went through Foundation's
        // formatter (microseconds a call; a chart writes thousands). The same text (`SVGWriterTests`): the
        // nearest double to a whole number of tenths prints as that number with "%.1f".
        let tenths = (value * 10).rounded()
        guard tenths.magnitude < 1e15 else {
            let rounded = tenths / 10
            return String(format: "%.1f", rounded == 0 ? 0 : rounded)
        }
        let whole = Int64(tenths.magnitude)
        let sign = tenths < 0 && whole != 0 ? "-" : ""
        return "\(sign)\(whole / 10).\(whole % 10)"
    }

    /// An estimate of a text's drawn width at `fontSize`, for spacing labels: CJK and other wide
    /// characters take a full em, the rest about 0.6 em.
    /// - Returns: the width in view-box units.
    static func textWidth(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { width, scalar in
            width + Double(fontSize) * (scalar.value >= 0x2E80 ? 1.0 : 0.6)
        }
    }

    /// Adds a line.
    mutating func line(
        x1: Double,
        y1: Double,
        x2: Double,
        y2: Double,
        stroke: String,
        width: Double = 1,
        dash: String? = nil
    ) {
        let dashing = dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
        markup +=
            "<line x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(x2))\" y2=\"\(Self.number(y2))\""
            + " stroke=\"\(stroke)\" stroke-width=\"\(Self.number(width))\"\(dashing)/>\n"
    }

    /// Adds a rectangle. A light fill (under 3:1 against white) is outlined in dark grey, so the mark
    /// keeps 3:1 contrast (WCAG 1.4.11) whatever `stroke` asks for.
    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil) {
        let edge = Palette.light.contains(fill) ? Palette.muted : stroke
        let outline = edge.map { " stroke=\"\($0)\" stroke-width=\"0.8\"" } ?? ""
        markup +=
            "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(width))\""
            + " height=\"\(Self.number(height))\" fill=\"\(fill)\"\(outline)/>\n"
    }

    /// Adds a polyline through points.
    mutating func polyline(_ points: [(Double, Double)], stroke: String, width: Double, dash: String? = nil) {
        let list = points.map { "\(Self.number($0.0)),\(Self.number($0.1))" }.joined(separator: " ")
        let dashing = dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
        markup +=
            "<polyline points=\"\(list)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(Self.number(width))\""
            + " stroke-linejoin=\"round\"\(dashing)/>\n"
    }

    /// Adds a point marker.
    mutating func circle(x: Double, y: Double, radius: Double, fill: String) {
        markup +=
            "<circle cx=\"\(Self.number(x))\" cy=\"\(Self.number(y))\" r=\"\(Self.number(radius))\" fill=\"\(fill)\""
            + " stroke=\"#FFFFFF\" stroke-width=\"1\"/>\n"
    }

    /// Adds text, escaped.
    mutating func text(
        _ content: String,
        x: Double,
        y: Double,
        anchor: String = "start",
        fill: String = Palette.ink,
        weight: String? = nil
    ) {
        let bold = weight.map { " font-weight=\"\($0)\"" } ?? ""
        markup +=
            "<text x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" text-anchor=\"\(anchor)\" fill=\"\(fill)\"\(bold)>"
            + "\(HTMLEscaping.escaped(content))</text>\n"
    }

    /// Closes the SVG.
    /// - Returns: the finished markup, ending in a newline.
    func finished() -> String { markup + "</svg>\n" }
}
