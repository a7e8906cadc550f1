package io.asyncgen.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;

/**
 * The members of an object that a union read before its discriminator, to replay to the member it
 * picks: scalars as trees, arrays and objects as where their text is (read again when replayed).
 * Small for the usual case, one scalar ({@code event_id}) before the discriminator.
 */
final class ReadAhead {
    /** Name and scalar value (null for an array or object) of each member, in turn. */
    private Object[] members = new Object[2];
    /** Start and end of the text of each member that is an array or object; made for the first one. */
    private int[] spans;

    private int count;
    private int next;

    void add(String name, JsonNode scalar, int start, int end) {
        if (2 * count == members.length) {
            members = Arrays.copyOf(members, 4 * count);
        }
        members[2 * count] = name;
        members[2 * count + 1] = scalar;
        if (scalar == null) {
            if (spans == null) {
                spans = new int[members.length];
            } else if (spans.length < members.length) {
                spans = Arrays.copyOf(spans, members.length);
            }
            spans[2 * count] = start;
            spans[2 * count + 1] = end;
        }
        count++;
    }

    /** Whether a member is left to replay; {@link #advance} moves to it. */
    boolean hasNext() {
        return next < count;
    }

    /** Moves to the next member: its name. */
    String advance() {
        return (String) members[2 * next++];
    }

    /** The scalar value of the current member, or null for an array or object ({@link #start}, {@link #end}). */
    JsonNode scalar() {
        return (JsonNode) members[2 * next - 1];
    }

    int start() {
        return spans[2 * next - 2];
    }

    int end() {
        return spans[2 * next - 1];
    }
}
