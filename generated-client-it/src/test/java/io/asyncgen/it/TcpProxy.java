package io.asyncgen.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on loopback in front of the stub server: the network between a client and the
 * service, which a test can cut ({@link #cut()}: every connection through it drops at once, with no
 * closing handshake), as a failing network does.
 */
final class TcpProxy implements AutoCloseable {
    private final ServerSocket listening;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    private TcpProxy(ServerSocket listening, int targetPort) {
        this.listening = listening;
        this.targetPort = targetPort;
    }

    /** A proxy to {@code 127.0.0.1:targetPort}, accepting connections until closed. */
    static TcpProxy start(int targetPort) throws IOException {
        TcpProxy proxy = new TcpProxy(new ServerSocket(0, 8, InetAddress.getLoopbackAddress()), targetPort);
        Thread acceptor = new Thread(proxy::acceptAll, "tcp-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
        return proxy;
    }

    /** {@code ws://127.0.0.1:port}. */
    String url() {
        return "ws://127.0.0.1:" + listening.getLocalPort();
    }

    /** Drops every connection through the proxy (new ones are still accepted). */
    void cut() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
        sockets.clear();
    }

    @Override
    public void close() throws IOException {
        listening.close();
        cut();
    }

    private void acceptAll() {
        try {
            while (!listening.isClosed()) {
                Socket client = listening.accept();
                Socket service = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                sockets.add(client);
                sockets.add(service);
                pipe(client, service);
                pipe(service, client);
            }
        } catch (IOException closed) {
            // the proxy was closed
        }
    }

    private static void pipe(Socket from, Socket to) {
        Thread thread = new Thread(
                () -> {
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        in.transferTo(out);
                    } catch (IOException cut) {
                        // one side went away: so does the other
                    } finally {
                        try {
                            from.close();
                            to.close();
                        } catch (IOException ignored) {
                            // already closed
                        }
                    }
                },
                "tcp-proxy-pipe");
        thread.setDaemon(true);
        thread.start();
    }
}
