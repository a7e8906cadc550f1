package io.asyncgen.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.asyncgen.core.diagnostic.SourceLocation;

/**
 * A node of a document as read from its file: a mapping, a sequence or a scalar, each knowing
 * its file, line, column and JSON pointer. Immutable; a node reached through a YAML alias is the
 * very node its anchor names.
 */
public sealed interface SpecNode permits MapNode, ListNode, ScalarNode {

    /** Where the node starts, with its JSON pointer inside its file. */
    SourceLocation location();

    default String pointer() {
        return location().pointer();
    }

    /** The node as a Jackson tree, for JSON Schema validation and the swagger model. */
    JsonNode toJson();

    /** A short name for the node's kind, for messages ("a mapping", "a string"). */
    String kindName();

    /** Escapes one JSON pointer reference token (RFC 6901). */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** Undoes {@link #escape}. */
    static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}
