package io.asyncgen.runtime.internal;

import io.asyncgen.runtime.DecodeException;
import io.asyncgen.runtime.Frame;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.function.Function;

/**
 * How one generated session reads and writes its messages: the inbound union's decoders (text and
 * binary frames) and the outbound union's encoder. For generated code only; not an API.
 *
 * @param inbound the inbound union's type
 * @param decodeText decodes a text frame; never fails for unknown content
 * @param decodeBinary decodes a binary frame (to the direction's binary message, or to its
 *     {@code Unknown} member holding the bytes); never fails
 * @param encode encodes an outbound message as the frame it travels in
 * @param <I> the inbound union
 * @param <O> the outbound union
 */
public record Protocol<I, O>(
        Class<I> inbound, TextDecoder<I> decodeText, Function<ByteBuffer, I> decodeBinary, Function<O, Frame> encode) {

    public Protocol {
        Objects.requireNonNull(inbound, "inbound");
        Objects.requireNonNull(decodeText, "decodeText");
        Objects.requireNonNull(decodeBinary, "decodeBinary");
        Objects.requireNonNull(encode, "encode");
    }

    /** Decodes a text frame. */
    @FunctionalInterface
    public interface TextDecoder<I> {
        I decode(String text) throws DecodeException;
    }
}
