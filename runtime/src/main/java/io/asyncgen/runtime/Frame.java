package io.asyncgen.runtime;

import java.nio.ByteBuffer;
import java.util.Objects;

/** One message as it travels: a text frame (JSON) or a binary frame (audio, for example). */
public sealed interface Frame {
    /** A text frame. */
    record Text(String text) implements Frame {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A binary frame: the remaining bytes of {@code data}. */
    record Binary(ByteBuffer data) implements Frame {
        public Binary {
            Objects.requireNonNull(data, "data");
        }
    }

    static Frame text(String text) {
        return new Text(text);
    }

    static Frame binary(ByteBuffer data) {
        return new Binary(data);
    }
}
