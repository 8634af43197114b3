package org.ilo.sstc.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * How the server listens and what it accepts.
 *
 * @param host         the address to bind; without a token only a loopback address is allowed
 * @param port         the port, 0 for any free one
 * @param queue        requests that may wait for a worker when every worker is busy; one more is refused (429)
 * @param timeout      longest conversion of one request ({@link Duration#ZERO}: no limit); a request may ask for less
 * @param maxFileBytes largest body accepted
 * @param token        the bearer token every request but {@code /health} must carry, or null for none
 */
public record ServerSettings(String host, int port, int queue, Duration timeout, long maxFileBytes, String token) {

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535, but is " + port);
        }
        if (queue < 0) {
            throw new IllegalArgumentException("queue must be >= 0, but is " + queue);
        }
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative, but is " + timeout);
        }
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be > 0, but is " + maxFileBytes);
        }
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("the token is empty");
        }
        if (token == null && !loopback(host)) {
            // Without a token, anyone who reaches the port could make the workers spend CPU on anything.
            throw new IllegalArgumentException("listening on " + host + " needs a token (--token-file FILE): "
                    + "without one the server only listens on a loopback address such as 127.0.0.1");
        }
    }

    /** True when every address {@code host} names is a loopback one. */
    private static boolean loopback(String host) {
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            return addresses.length > 0 && Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + host, e);
        }
    }

    @Override
    public String toString() {
        // Never print the token.
        return "ServerSettings[host=" + host + ", port=" + port + ", queue=" + queue + ", timeout=" + timeout
                + ", maxFileBytes=" + maxFileBytes + ", token=" + (token == null ? "none" : "set") + "]";
    }
}
