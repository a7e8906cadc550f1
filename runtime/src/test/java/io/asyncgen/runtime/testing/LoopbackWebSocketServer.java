package io.asyncgen.runtime.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The smallest WebSocket server that can talk to a real client (the JDK has none): accepts one
 * connection on 127.0.0.1, answers the handshake, then follows a test's script of frames. Enough for
 * RFC 6455 text, binary, continuation, ping, pong and close frames; no extensions. Pings from the
 * client are answered while receiving, unless {@link #ignorePings()} was called.
 *
 * <pre>{@code
 * try (LoopbackWebSocketServer server = LoopbackWebSocketServer.start()) {
 *   // connect a client to server.url(), then on the test thread:
 *   server.accept();
 *   server.sendText("{\"type\":", false);
 *   server.sendText("\"hello\"}", true);
 *   String received = server.receiveText();
 * }
 * }</pre>
 */
public final class LoopbackWebSocketServer implements AutoCloseable {
    private static final String ACCEPT_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private final ServerSocket listening;
    private Socket socket;
    private DataInputStream in;
    private OutputStream out;
    private final List<String> request = new ArrayList<>();
    private boolean continuing;
    private boolean answerPings = true;
    private int pingsSeen;

    /** One frame as received: its opcode and unmasked payload. */
    public record Frame(int opcode, boolean last, byte[] payload) {
        public static final int TEXT = 0x1;
        public static final int BINARY = 0x2;
        public static final int CLOSE = 0x8;
        public static final int PING = 0x9;
        public static final int PONG = 0xA;
    }

    private LoopbackWebSocketServer(ServerSocket listening) {
        this.listening = listening;
    }

    public static LoopbackWebSocketServer start() throws IOException {
        ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        listening.setSoTimeout(10_000);
        return new LoopbackWebSocketServer(listening);
    }

    /** {@code ws://127.0.0.1:<port>}. */
    public String url() {
        return "ws://127.0.0.1:" + listening.getLocalPort();
    }

    /** Accepts the one connection and refuses its handshake with {@code status} (401: a wrong key). */
    public void refuse(int status) throws IOException {
        acceptConnection();
        readRequest();
        out.write(("HTTP/1.1 " + status + " Refused\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        socket.close();
    }

    /**
     * Accepts the TCP connection and reads the upgrade request, but never answers it: a server that
     * hangs during the handshake.
     */
    public void acceptAndHang() throws IOException {
        acceptConnection();
        readRequest();
    }

    /** Stops answering pings (a peer that is gone); a ping received is counted instead. */
    public void ignorePings() {
        answerPings = false;
    }

    /** Pings received while {@link #ignorePings()} was in force. */
    public int pingsSeen() {
        return pingsSeen;
    }

    /** Accepts the one connection and completes the handshake. */
    public void accept() throws IOException {
        acceptConnection();
        String key = readRequest();
        if (key == null) {
            throw new IOException("not a WebSocket handshake: " + request);
        }
        out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        + "Sec-WebSocket-Accept: " + accept(key) + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private void acceptConnection() throws IOException {
        socket = listening.accept();
        socket.setSoTimeout(10_000);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /** Reads the handshake request; returns its {@code Sec-WebSocket-Key}, or null. */
    private String readRequest() throws IOException {
        String key = null;
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            request.add(line);
            if (line.toLowerCase(Locale.ROOT).startsWith("sec-websocket-key:")) {
                key = line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return key;
    }

    /** The handshake request: the request line, then one {@code Name: value} line per header. */
    public List<String> request() {
        return List.copyOf(request);
    }

    /** Sends a text frame, or a fragment of a text message ({@code last} false). */
    public void sendText(String text, boolean last) throws IOException {
        int opcode = continuing ? 0x0 : 0x1;
        continuing = !last;
        frame((last ? 0x80 : 0) | opcode, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends a binary frame, or a fragment of a binary message ({@code last} false). */
    public void sendBinary(byte[] data, boolean last) throws IOException {
        int opcode = continuing ? 0x0 : 0x2;
        continuing = !last;
        frame((last ? 0x80 : 0) | opcode, data);
    }

    /** Drops the TCP connection without a closing handshake. */
    public void drop() throws IOException {
        socket.close();
    }

    public void sendClose(int code, String reason) throws IOException {
        byte[] text = reason.getBytes(StandardCharsets.UTF_8);
        byte[] payload = new byte[2 + text.length];
        payload[0] = (byte) (code >> 8);
        payload[1] = (byte) code;
        System.arraycopy(text, 0, payload, 2, text.length);
        frame(0x88, payload);
    }

    /** Reads frames up to a whole text message; a close frame reads as {@code close <code> <reason>}. */
    public String receiveText() throws IOException {
        Frame message = receiveMessage();
        if (message.opcode() == Frame.CLOSE) {
            byte[] payload = message.payload();
            int code = payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : 1005;
            return "close " + code + " "
                    + new String(
                            payload,
                            Math.min(2, payload.length),
                            Math.max(0, payload.length - 2),
                            StandardCharsets.UTF_8);
        }
        if (message.opcode() != Frame.TEXT) {
            throw new IOException("expected a text message, got opcode " + message.opcode());
        }
        return new String(message.payload(), StandardCharsets.UTF_8);
    }

    /** Reads frames up to a whole binary message. */
    public byte[] receiveBinary() throws IOException {
        Frame message = receiveMessage();
        if (message.opcode() != Frame.BINARY) {
            throw new IOException("expected a binary message, got opcode " + message.opcode());
        }
        return message.payload();
    }

    /**
     * Reads frames up to a whole message (fragments joined, under the first fragment's opcode) or a
     * close frame; pings are answered (or counted) on the way.
     */
    public Frame receiveMessage() throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        int messageOpcode = -1;
        while (true) {
            Frame frame = receiveFrame();
            if (frame.opcode() == Frame.PING) {
                if (answerPings) {
                    frame(0x80 | Frame.PONG, frame.payload());
                } else {
                    pingsSeen++;
                }
                continue;
            }
            if (frame.opcode() == Frame.CLOSE || frame.opcode() == Frame.PONG) {
                return frame;
            }
            if (messageOpcode < 0) {
                messageOpcode = frame.opcode();
            }
            message.write(frame.payload());
            if (frame.last()) {
                return new Frame(messageOpcode, true, message.toByteArray());
            }
        }
    }

    private Frame receiveFrame() throws IOException {
        int first = in.readUnsignedByte();
        int second = in.readUnsignedByte();
        long length = second & 0x7f;
        if (length == 126) {
            length = in.readUnsignedShort();
        } else if (length == 127) {
            length = in.readLong();
        }
        byte[] mask = new byte[4];
        if ((second & 0x80) != 0) {
            in.readFully(mask);
        }
        byte[] payload = new byte[(int) length];
        in.readFully(payload);
        for (int i = 0; i < payload.length; i++) {
            payload[i] ^= mask[i % 4];
        }
        return new Frame(first & 0x0f, (first & 0x80) != 0, payload);
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
        }
        listening.close();
    }

    private void frame(int first, byte[] payload) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(first);
        if (payload.length < 126) {
            frame.write(payload.length);
        } else if (payload.length < 65_536) {
            frame.write(126);
            frame.write(payload.length >> 8);
            frame.write(payload.length);
        } else {
            frame.write(127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                frame.write((int) ((long) payload.length >> shift));
            }
        }
        frame.write(payload);
        out.write(frame.toByteArray());
        out.flush();
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed during the handshake");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static String accept(String key) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-1").digest((key + ACCEPT_GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
