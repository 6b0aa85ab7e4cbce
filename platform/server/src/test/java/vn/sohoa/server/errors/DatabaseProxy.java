package vn.sohoa.server.errors;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.management.JMException;
import javax.management.JMX;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * A TCP proxy on loopback between the application and the shared PostgreSQL, which a test cuts and restores:
 * an outage of the database for this application only, without stopping the server other tests use. Cutting
 * closes every connection on both sides (PostgreSQL's backends end and roll back, as in a restart) and closes
 * each new connection at once until restored.
 *
 * <p>The test profile starts it before the application, and the test may be loaded by another class loader
 * than the profile, so the one instance is registered with the platform MBean server and driven through it.
 */
public final class DatabaseProxy implements DatabaseProxyMBean {

    private static final ObjectName NAME = name();

    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean cut;

    private DatabaseProxy(InetSocketAddress target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("database-proxy").start(this::accept);
    }

    /** The proxy of this JVM, started towards {@code host:port} on first use. */
    static synchronized DatabaseProxyMBean towards(String host, int port) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            if (!server.isRegistered(NAME)) {
                server.registerMBean(new DatabaseProxy(new InetSocketAddress(host, port)), NAME);
            }
        } catch (IOException | JMException e) {
            throw new IllegalStateException("The database proxy could not start", e);
        }
        return control();
    }

    /** The proxy a profile started. */
    static DatabaseProxyMBean control() {
        return JMX.newMBeanProxy(ManagementFactory.getPlatformMBeanServer(), NAME, DatabaseProxyMBean.class);
    }

    @Override
    public int getPort() {
        return listener.getLocalPort();
    }

    @Override
    public int getConnections() {
        return connections.get();
    }

    @Override
    public synchronized void cut() {
        cut = true;
        open.forEach(DatabaseProxy::closeQuietly);
        open.clear();
    }

    @Override
    public synchronized void restore() {
        cut = false;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                pass(listener.accept());
            } catch (IOException e) {
                // One failed accept or connect ends that connection only; the application sees it closed.
            }
        }
    }

    private synchronized void pass(Socket client) throws IOException {
        if (cut) {
            client.close();
            return;
        }
        Socket server = new Socket();
        try {
            server.connect(target, 2000);
        } catch (IOException e) {
            client.close();
            throw e;
        }
        open.add(client);
        open.add(server);
        connections.incrementAndGet();
        Thread.ofVirtual().start(() -> pump(client, server));
        Thread.ofVirtual().start(() -> pump(server, client));
    }

    private void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // The other side went away, or the proxy was cut: close both, as a dropped connection does.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Already closed.
        }
    }

    private static ObjectName name() {
        try {
            return new ObjectName("vn.sohoa.test:type=DatabaseProxy");
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }
}
