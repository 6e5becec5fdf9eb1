import SpeccDiagnostics

extension Schema {
    /// The box `Schema`'s fields live in. It is written only through `Schema`'s `_modify`
    /// accessors, each after `makeUnique()`, so a box another value or thread can see is never
    /// written: that is what makes the unchecked `Sendable` sound, and any new writer must do the same.
    @usableFromInline final class Storage: @unchecked Sendable {
        @usableFromInline var fields: Fields

        @usableFromInline init(_ fields: Fields) { self.fields = fields }
    }

    /// The stored fields, in the order and with the coding keys `Schema` had when they were its own.
    ///
    /// Rarely used groups of keywords sit in optional sub-structs behind a pointer (`@Indirect`)
    /// so that the many small schemas of a large spec stay small in memory.
    @usableFromInline struct Fields: Hashable, Codable {
        @usableFromInline var location: SourceLocation?
        @usableFromInline var types: [JSONType]?
        @usableFromInline var format: String?
        @usableFromInline var title: String?
        @usableFromInline var description: String?
        @usableFromInline var enumValues: [JSONValue]?
        @usableFromInline @Indirect var const: JSONValue?
        @usableFromInline @Indirect var defaultValue: JSONValue?
        @usableFromInline var examples: [JSONValue]?
        @usableFromInline @Indirect var numeric: NumericConstraints?
        @usableFromInline @Indirect var string: StringConstraints?
        @usableFromInline @Indirect var array: ArrayShape?
        @usableFromInline @Indirect var object: ObjectShape?
        @usableFromInline var allOf: [SchemaRef]?
        @usableFromInline var oneOf: [SchemaRef]?
        @usableFromInline var anyOf: [SchemaRef]?
        @usableFromInline var not: SchemaRef?
        @usableFromInline @Indirect var conditional: Conditional?
        @usableFromInline @Indirect var discriminator: Discriminator?
        @usableFromInline var readOnly: Bool?
        @usableFromInline var writeOnly: Bool?
        @usableFromInline var deprecated: Bool?
        @usableFromInline @Indirect var externalDocs: ExternalDocs?
        @usableFromInline var extensions: Extensions?

        init(location: SourceLocation?) { self.location = location }
    }
}
