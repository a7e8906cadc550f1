package io.asyncgen.runtime;

import java.nio.ByteBuffer;

/** Joins the fragments of a binary message, for the transports and sessions of this package. */
final class Reassembly {
  private Reassembly() {
  }

  /**
   * {@code buffer} (null for the first fragment) with the remaining bytes of {@code data} added,
   * grown when needed: the buffer to use from now on, ready for more puts ({@code flip()} it once
   * the message is whole).
   */
  static ByteBuffer append(ByteBuffer buffer, ByteBuffer data) {
    if (buffer == null) {
      return ByteBuffer.allocate(Math.max(1024, data.remaining() * 2)).put(data);
    }
    if (buffer.remaining() < data.remaining()) {
      ByteBuffer larger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + data.remaining()));
      buffer.flip();
      return larger.put(buffer).put(data);
    }
    return buffer.put(data);
  }
}
