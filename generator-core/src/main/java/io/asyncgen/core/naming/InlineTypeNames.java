package io.asyncgen.core.naming;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The names a schema's place suggests, used when the schema says nothing about its name
 * ({@link SchemaNameHints}): a property's schema is {@code <Parent><Property>}, a list's items
 * {@code <Parent>Item}, a message's payload {@code <Message>Payload}. Stable: the same document gives
 * the same suggestions. {@link TypeNameAllocator} makes them unique.
 */
public final class InlineTypeNames {
    /** What an inline member of a union is, when no fixed value names it. */
    public enum UnionMemberKind {
        /** A {@code $ref} whose target says nothing (or not a schema object). */
        REFERENCE("Member"),
        /** A nested {@code oneOf}/{@code anyOf}. */
        CHOICE("Choice"),
        /** A string enum. */
        ENUM("Mode"),
        /** An array. */
        LIST("List"),
        /** Another object. */
        OBJECT("Object"),
        /** Anything else. */
        VALUE("Value");

        private final String suffix;

        UnionMemberKind(String suffix) {
            this.suffix = suffix;
        }
    }

    private InlineTypeNames() {}

    /** A property's (or parameter's, or field's) schema: ({@code Session}, {@code turn_detection}) -> {@code SessionTurnDetection}. */
    public static String member(String parent, String wireName) {
        return parent + JavaNames.typeName(wireName);
    }

    /** The items of a list: {@code <Parent>Item}. */
    public static String items(String parent) {
        return parent + "Item";
    }

    /** The values of a map, or a record's additional properties: {@code <Parent>Value}. */
    public static String values(String parent) {
        return parent + "Value";
    }

    /** A named {@code allOf} part that becomes a base of its own: {@code <Record>Base}. */
    public static String allOfBase(String record) {
        return record + "Base";
    }

    /** A message's payload: {@code <Message>Payload}. */
    public static String payload(String message) {
        return message + "Payload";
    }

    /** A message's headers: {@code <Message>Headers}. */
    public static String headers(String message) {
        return message + "Headers";
    }

    /** The query parameters of a channel's {@code ws} binding: {@code <Channel>Query}. */
    public static String bindingQuery(String channel) {
        return channel + "Query";
    }

    /** The headers of a channel's {@code ws} binding: {@code <Channel>Headers}. */
    public static String bindingHeaders(String channel) {
        return channel + "Headers";
    }

    /** A channel, by its address (2.x: its name; 3.x: its address, else its key): {@code /v1/listen} -> {@code V1Listen}. */
    public static String channel(String address) {
        return JavaNames.typeName(address);
    }

    /** The messages of a 2.x operation: {@code <OperationId>Message}, else {@code <Channel><Publish|Subscribe>Message}. */
    public static String operationMessage(Optional<String> operationId, String channel, String keyword) {
        return operationId.map(JavaNames::typeName).orElse(channel + JavaNames.typeName(keyword)) + "Message";
    }

    /** The messages of a 3.x operation: {@code <OperationKey>Message}. */
    public static String operationMessage(String operationKey) {
        return JavaNames.typeName(operationKey) + "Message";
    }

    /** The messages of a 3.x operation's reply: {@code <OperationKey>ReplyMessage}. */
    public static String replyMessage(String operationKey) {
        return JavaNames.typeName(operationKey) + "ReplyMessage";
    }

    /**
     * An inline member of a union that fixes a property to a value: {@code <Value><Union>}
     * ({@code retention_ratio} in {@code Truncation} -> {@code RetentionRatioTruncation}), or the value
     * alone when it ends with the union's name.
     */
    public static String fixedUnionMember(String union, String fixedValue) {
        String value = JavaNames.typeName(fixedValue);
        return value.endsWith(union) ? value : value + union;
    }

    /** Any other inline member of a union: {@code <Union>Object}, {@code <Union>Mode}, ... */
    public static String unionMember(String union, UnionMemberKind kind) {
        return union + kind.suffix;
    }

    /** The members' names, each with its position (from 1) when two would be the same ({@code <Union>Object1}). */
    public static List<String> numberedWhereEqual(List<String> names) {
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            numbered.add(Collections.frequency(names, name) > 1 ? name + (i + 1) : name);
        }
        return numbered;
    }
}
