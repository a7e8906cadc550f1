package io.asyncgen.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Arrays;

/**
 * The discriminator values that pick a union's members, looked up from the parser's characters
 * without making a string: a value found is answered as a tree of the very constant the table was
 * made from, so the generated {@code switch} on it finds its hash already computed and its case equal
 * by identity, and the member it picks reads it as a replayed value. A value not in the table is
 * answered as null. For generated code only; not an API.
 */
public final class Tags {
    /** Open addressing, linear probing; a power of two at least four times the number of values. */
    private final JsonNode[] slots;

    private final char[][] chars;
    private final int mask;

    private Tags(int size) {
        slots = new JsonNode[size];
        chars = new char[size][];
        mask = size - 1;
    }

    /** The table of {@code values} (duplicates are kept once). */
    public static Tags of(String... values) {
        Tags tags = new Tags(Integer.highestOneBit(Math.max(2, values.length) * 4 - 1) << 1);
        for (String value : values) {
            char[] text = value.toCharArray();
            int slot = hash(text, 0, text.length) & tags.mask;
            while (tags.slots[slot] != null && !tags.slots[slot].textValue().equals(value)) {
                slot = (slot + 1) & tags.mask;
            }
            tags.slots[slot] = JsonNodeFactory.instance.textNode(value);
            tags.chars[slot] = text;
        }
        return tags;
    }

    /** The value whose characters are {@code text[offset, offset + length)} as a string node, else null. */
    JsonNode find(char[] text, int offset, int length) {
        for (int slot = hash(text, offset, length) & mask; slots[slot] != null; slot = (slot + 1) & mask) {
            char[] candidate = chars[slot];
            if (Arrays.equals(candidate, 0, candidate.length, text, offset, offset + length)) {
                return slots[slot];
            }
        }
        return null;
    }

    /**
     * A hash of the length and three characters (the last, the middle and the one a quarter in): values
     * that share a long prefix, as event types do ({@code response.output_audio.delta}), differ there.
     * Costs the same for any length; a collision costs one more comparison.
     */
    private static int hash(char[] text, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        int hash = length;
        hash = 31 * hash + text[offset + length - 1];
        hash = 31 * hash + text[offset + length / 2];
        hash = 31 * hash + text[offset + length / 4];
        return hash ^ (hash >>> 7);
    }
}
