package vn.sohoa.server.errors;

/** How a test drives the {@link DatabaseProxy}: through JMX, the one registry every class loader shares. */
public interface DatabaseProxyMBean {

    /** The loopback port the application connects to instead of PostgreSQL's. */
    int getPort();

    /** How many connections the proxy has passed on to PostgreSQL so far. */
    int getConnections();

    /** Drops every open connection and refuses new ones, as a PostgreSQL that stops does. */
    void cut();

    /** Lets connections through again, as a PostgreSQL that is back. */
    void restore();
}
