package io.asyncgen.runtime;

import java.nio.ByteBuffer;

/**
 * Joins the fragments of the messages of one connection, for the transports and sessions of this
 * package. A message that arrives in one fragment is handed back as it came, without a copy.
 * Not thread-safe: a connection reports its frames one at a time.
 */
final class Reassembly {
    private final StringBuilder text = new StringBuilder();
    private ByteBuffer binary;

    /** The whole text message once {@code last} is true, else null (the fragment is kept). */
    CharSequence text(CharSequence data, boolean last) {
        if (last && text.length() == 0) {
            return data;
        }
        text.append(data);
        if (!last) {
            return null;
        }
        String message = text.toString();
        text.setLength(0);
        return message;
    }

    /**
     * The whole binary message once {@code last} is true, else null (the fragment's bytes are
     * copied). A joined message is a new buffer, ready to read.
     */
    ByteBuffer binary(ByteBuffer data, boolean last) {
        if (last && binary == null) {
            return data;
        }
        binary = append(binary, data);
        if (!last) {
            return null;
        }
        ByteBuffer message = binary.flip();
        binary = null;
        return message;
    }

    /**
     * {@code buffer} (null for the first fragment) with the remaining bytes of {@code data} added,
     * grown when needed: the buffer to use from now on, ready for more puts.
     */
    private static ByteBuffer append(ByteBuffer buffer, ByteBuffer data) {
        if (buffer == null) {
            return ByteBuffer.allocate(Math.max(1024, data.remaining() * 2)).put(data);
        }
        if (buffer.remaining() < data.remaining()) {
            ByteBuffer larger =
                    ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + data.remaining()));
            buffer.flip();
            return larger.put(buffer).put(data);
        }
        return buffer.put(data);
    }
}
