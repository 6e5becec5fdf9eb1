/// A value that lists its own fields for a template: a mapping, or a view model's box.
protocol MustacheParent {
    /// The field's value, or nil when it has none of that name (the lookup goes on outwards).
    func child(named name: String) -> Any?
}

extension Dictionary: MustacheParent where Key == String {
    func child(named name: String) -> Any? { self[name] }
}

/// A list a section repeats for.
protocol MustacheList {
    var mustacheElements: [Any] { get }
}

extension Array: MustacheList {
    var mustacheElements: [Any] { map { $0 } }
}

/// Where a list section is: what `first()`, `last()`, `index()`, `even()` and `odd()` read.
struct MustachePosition {
    var index: Int
    var isLast: Bool
}

/// Renders parsed templates against a model, with a set of templates for partials.
struct MustacheRenderer {
    let templates: [String: MustacheTemplate]

    /// Partials included within partials deeper than this render nothing: a template that
    /// includes itself with nothing to end it would otherwise recurse until the stack ran out.
    static let partialDepthLimit = 100

    private struct Context {
        var stack: [Any]
        var position: MustachePosition?
        var indentation: [UInt8] = []
        var escapesHTML = true
        var partialDepth = 0
    }

    func render(_ template: MustacheTemplate, model: Any) -> [UInt8] {
        var output: [UInt8] = []
        render(template.nodes, Context(stack: [model]), into: &output)
        return output
    }

    private func render(_ nodes: [MustacheNode], _ context: Context, into output: inout [UInt8]) {
        var context = context
        for node in nodes { render(node, &context, into: &output) }
    }

    private func render(_ node: MustacheNode, _ context: inout Context, into output: inout [UInt8]) {
        switch node {
        case .text(let text):
            indentLine(context, &output, before: text)
            output += text
        case .variable(let name, let escaped):
            guard let value = lookup(name, in: context) else { return }
            let text = Self.text(of: value)
            indentLine(context, &output, before: text.utf8)
            if escaped, context.escapesHTML { Self.appendEscapingHTML(text, to: &output) } else { output += text.utf8 }
        case .section(let name, let inverted, let children):
            let value = lookup(name, in: context)
            inverted ? renderInverted(children, value, context, into: &output) : renderSection(children, value, context, into: &output)
        case .partial(let name, let indentation, _):
            guard let template = templates[name], context.partialDepth < Self.partialDepthLimit else { return }
            var inner = context
            inner.position = nil
            inner.indentation += indentation ?? []
            // Each template starts in HTML, whatever includes it: its own pragma says otherwise.
            inner.escapesHTML = true
            inner.partialDepth += 1
            render(template.nodes, inner, into: &output)
        case .contentType(let escapesHTML):
            context.escapesHTML = escapesHTML
        }
    }

    /// A partial's indentation before each line of it: before a text or a value that starts a
    /// line. (A value's own lines are not indented: the template's lines are, not the data's.)
    private func indentLine(_ context: Context, _ output: inout [UInt8], before text: some Collection<UInt8>) {
        guard !context.indentation.isEmpty, !text.isEmpty, output.last == UInt8(ascii: "\n") else { return }
        output += context.indentation
    }

    /// Once per element of a list, once for any other value but false, null or nothing.
    private func renderSection(_ children: [MustacheNode], _ value: Any?, _ context: Context, into output: inout [UInt8]) {
        guard let value, !(value is TemplateNull) else { return }
        if let list = value as? any MustacheList {
            let elements = list.mustacheElements
            for (index, element) in elements.enumerated() {
                var inner = context
                inner.stack.append(element)
                inner.position = MustachePosition(index: index, isLast: index == elements.count - 1)
                render(children, inner, into: &output)
            }
        } else if let bool = value as? Bool {
            if bool { render(children, context, into: &output) }
        } else {
            var inner = context
            inner.stack.append(value)
            inner.position = nil
            render(children, inner, into: &output)
        }
    }

    /// Once for false, null, nothing or an empty list.
    private func renderInverted(_ children: [MustacheNode], _ value: Any?, _ context: Context, into output: inout [UInt8]) {
        let isEmpty: Bool = switch value {
        case nil, is TemplateNull: true
        case let list as any MustacheList: list.mustacheElements.isEmpty
        case let bool as Bool: !bool
        default: false
        }
        if isEmpty { render(children, context, into: &output) }
    }

    private func lookup(_ name: MustacheName, in context: Context) -> Any? {
        var value: Any?
        switch name.lookup {
        case .current:
            value = context.stack.last
        case .position:
            value = context.position
        case .path(let names, anchored: true):
            value = context.stack.last.flatMap { descend(names[...], from: $0) }
        case .path(let names, anchored: false):
            for object in context.stack.reversed() {
                if let child = Self.child(names[0], of: object) {
                    value = descend(names.dropFirst(), from: child)
                    break
                }
            }
        }
        for transform in name.transforms {
            guard let current = value else { return nil }
            value = Self.apply(transform, to: current)
        }
        return value
    }

    private func descend(_ names: ArraySlice<String>, from object: Any) -> Any? {
        var object = object
        for name in names {
            guard let child = Self.child(name, of: object) else { return nil }
            object = child
        }
        return object
    }

    /// `object`'s field `name`: a parent's child, or a struct's or class's stored property.
    private static func child(_ name: String, of object: Any) -> Any? {
        if let parent = object as? any MustacheParent { return parent.child(named: name).flatMap(unwrapped) }
        let mirror = Mirror(reflecting: object)
        guard mirror.displayStyle == .struct || mirror.displayStyle == .class else { return nil }
        return mirror.children.first { $0.label == name }.flatMap { unwrapped($0.value) }
    }

    /// The value inside an optional held as `Any`; nil for an empty one.
    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.flatMap { unwrapped($0.value) }
    }

    private static func apply(_ transform: MustacheTransform, to value: Any) -> Any? {
        switch (transform, value) {
        case (.first, let position as MustachePosition): position.index == 0
        case (.last, let position as MustachePosition): position.isLast
        case (.index, let position as MustachePosition): position.index
        case (.even, let position as MustachePosition): position.index % 2 == 0
        case (.odd, let position as MustachePosition): position.index % 2 == 1
        case (.first, let list as any MustacheList): list.mustacheElements.first
        case (.last, let list as any MustacheList): list.mustacheElements.last
        case (.count, let list as any MustacheList): list.mustacheElements.count
        case (.empty, let list as any MustacheList): list.mustacheElements.isEmpty
        case (.reversed, let list as any MustacheList): Array(list.mustacheElements.reversed())
        case (.count, let mapping as [String: Any]): mapping.count
        case (.empty, let mapping as [String: Any]): mapping.isEmpty
        case (_, let string as String): apply(transform, to: string)
        case (_, let string as Substring): apply(transform, to: String(string))
        default: nil
        }
    }

    private static func apply(_ transform: MustacheTransform, to string: String) -> Any? {
        switch transform {
        case .empty: string.isEmpty
        case .count: string.count
        case .reversed: String(string.reversed())
        case .lowercased: string.lowercased()
        case .uppercased: string.uppercased()
        case .capitalized: capitalized(string)
        case .first, .last, .index, .even, .odd: nil
        }
    }

    /// Each word's first letter upper-cased and the rest lower-cased, a word being a run of
    /// letters and digits.
    private static func capitalized(_ string: String) -> String {
        var result = ""
        var inWord = false
        for character in string {
            let isWordCharacter = character.isLetter || character.isNumber
            result += isWordCharacter && !inWord ? character.uppercased() : character.lowercased()
            inWord = isWordCharacter
        }
        return result
    }

    private static func text(of value: Any) -> String {
        switch value {
        case let string as String: string
        case let string as Substring: String(string)
        case is TemplateNull: ""
        default: String(describing: value)
        }
    }

    private static func appendEscapingHTML(_ text: String, to output: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): output += "&amp;".utf8
            case UInt8(ascii: "<"): output += "&lt;".utf8
            case UInt8(ascii: ">"): output += "&gt;".utf8
            case UInt8(ascii: "\""): output += "&quot;".utf8
            case UInt8(ascii: "'"): output += "&#39;".utf8
            default: output.append(byte)
            }
        }
    }
}
