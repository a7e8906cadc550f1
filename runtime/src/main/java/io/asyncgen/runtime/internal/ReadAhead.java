package io.asyncgen.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;

/**
 * The members of an object that a union read before its discriminator, to replay to the member it
 * picks: scalars as trees, arrays and objects as where their text is (read again when replayed).
 */
final class ReadAhead {
  private String[] names = new String[2];
  private JsonNode[] values = new JsonNode[2];
  private int[] starts = new int[2];
  private int[] ends = new int[2];
  private int count;
  private int next;

  void add(String name, JsonNode scalar, int start, int end) {
    if (count == names.length) {
      names = Arrays.copyOf(names, count * 2);
      values = Arrays.copyOf(values, count * 2);
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
    }
    names[count] = name;
    values[count] = scalar;
    starts[count] = start;
    ends[count] = end;
    count++;
  }

  /** Whether a member is left to replay; {@link #advance} moves to it. */
  boolean hasNext() {
    return next < count;
  }

  /** Moves to the next member: its name. */
  String advance() {
    return names[next++];
  }

  /** The scalar value of the current member, or null for an array or object ({@link #start}, {@link #end}). */
  JsonNode scalar() {
    return values[next - 1];
  }

  int start() {
    return starts[next - 1];
  }

  int end() {
    return ends[next - 1];
  }
}
