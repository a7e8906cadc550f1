package io.asyncgen.relay;

import io.asyncgen.runtime.Frame;
import io.asyncgen.runtime.Transport;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Sits between a transport and a generated session's listener and keeps each whole frame as it
 * came over the wire, so the relay can pass on exactly what it received next to the event the
 * session decoded from it. A session hands each message to its listeners on the thread that
 * reported the frame, before that call returns (the runtime's threading contract), so the frame
 * the relay's listener {@link #take()}s is the one the event came from. A frame the session did not
 * deliver (text that is not JSON) goes to {@code undelivered}.
 */
final class FrameTap implements Transport.Listener {
    private final Transport.Listener session;
    private final Consumer<Transport> opened;
    private final Consumer<Frame> undelivered;
    private final StringBuilder text = new StringBuilder();
    private ByteBuffer binary;
    /** The frame being delivered; only the thread that reports frames touches it. */
    private Frame current;

    private volatile Transport transport;

    /**
     * @param session the generated session's listener
     * @param opened runs when the transport opened, before the session hears of it
     * @param undelivered gets each frame the session did not deliver
     */
    FrameTap(Transport.Listener session, Consumer<Transport> opened, Consumer<Frame> undelivered) {
        this.session = Objects.requireNonNull(session, "session");
        this.opened = Objects.requireNonNull(opened, "opened");
        this.undelivered = Objects.requireNonNull(undelivered, "undelivered");
    }

    /** The transport this tap's connection sends on; null before it opened. */
    Transport transport() {
        return transport;
    }

    /** The whole frame the event being delivered came from; null when none is being delivered. */
    Frame take() {
        Frame frame = current;
        current = null;
        return frame;
    }

    @Override
    public void onOpen(Transport open) {
        transport = open;
        opened.accept(open);
        session.onOpen(open);
    }

    @Override
    public void onText(CharSequence data, boolean last) {
        if (!last) {
            text.append(data);
            return;
        }
        String whole;
        if (text.length() == 0) {
            whole = data.toString();
        } else {
            whole = text.append(data).toString();
            text.setLength(0);
        }
        deliver(Frame.text(whole), () -> session.onText(whole, true));
    }

    @Override
    public void onBinary(ByteBuffer data, boolean last) {
        binary = append(binary, data);
        if (!last) {
            return;
        }
        ByteBuffer whole = binary.flip().asReadOnlyBuffer();
        binary = null;
        // the relay sends its own view later; the session reads another view now
        deliver(Frame.binary(whole.duplicate()), () -> session.onBinary(whole.duplicate(), true));
    }

    private void deliver(Frame frame, Runnable toSession) {
        current = frame;
        try {
            toSession.run();
        } finally {
            Frame missed = take();
            if (missed != null) {
                undelivered.accept(missed);
            }
        }
    }

    private static ByteBuffer append(ByteBuffer buffer, ByteBuffer data) {
        if (buffer == null) {
            return ByteBuffer.allocate(data.remaining()).put(data);
        }
        ByteBuffer larger = ByteBuffer.allocate(buffer.position() + data.remaining());
        return larger.put(buffer.flip()).put(data);
    }

    @Override
    public void onPong(ByteBuffer data) {
        session.onPong(data);
    }

    @Override
    public void onClose(int code, String reason) {
        session.onClose(code, reason);
    }

    @Override
    public void onError(Throwable error) {
        session.onError(error);
    }
}
