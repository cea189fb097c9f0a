package app.ballast.web.notify;

import jakarta.enterprise.context.ApplicationScoped;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * The SSRF guard of webhooks: a webhook URL must be http(s) and its host must resolve to public addresses
 * only, so that a user cannot make the server call into its own network (a database, a cloud metadata
 * service at 169.254.169.254, an admin port on localhost). Checked when the URL is saved and again before
 * each call, after a fresh DNS lookup, since a name may resolve elsewhere later. An admin may allow private
 * addresses for installations whose webhook receivers live on the local network.
 */
@ApplicationScoped
public class WebhookAddressGuard {

    /** The URL was refused; the message says why, for the investor. */
    public static class RefusedAddressException extends Exception {
        private static final long serialVersionUID = 1L;

        public RefusedAddressException(String message) {
            super(message);
        }
    }

    /** Parses the URL and refuses anything but an absolute http(s) URL with a host. */
    public URI parse(String url) throws RefusedAddressException {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new RefusedAddressException("webhookUrl is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedAddressException("webhookUrl must start with http:// or https://");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new RefusedAddressException("webhookUrl must name a host, such as https://hooks.example.org/ballast");
        }
        if (uri.getRawUserInfo() != null) {
            throw new RefusedAddressException("webhookUrl must not carry a user name or password before the host");
        }
        return uri;
    }

    /**
     * Resolves the URL's host now and refuses it if any of its addresses is not public (unless
     * {@code allowPrivate}); answers the addresses found.
     */
    public List<InetAddress> check(URI uri, boolean allowPrivate) throws RefusedAddressException {
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1); // an IPv6 literal
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new RefusedAddressException("webhookUrl's host " + host + " cannot be resolved");
        } catch (SecurityException | IllegalArgumentException e) {
            throw new RefusedAddressException("webhookUrl's host " + host + " is not valid");
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (!isPublic(address)) {
                    throw new RefusedAddressException("webhookUrl's host " + host + " resolves to "
                            + address.getHostAddress() + ", a loopback, link-local or private address: refused "
                            + "unless the admin allows private webhook addresses");
                }
            }
        }
        return List.of(addresses);
    }

    /**
     * False for loopback, link-local, site-local/private (10/8, 172.16/12, 192.168/16, fc00::/7, fe80::/10,
     * fec0::/10), any-local and "this network" (0/8, ::), multicast, broadcast and shared (100.64/10) addresses,
     * and for IPv6 addresses that embed one of those IPv4 ones (IPv4-compatible ::a.b.c.d, NAT64 64:ff9b::/96).
     */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            boolean thisNetwork = first == 0;
            boolean shared = first == 100 && (second & 0xc0) == 64; // 100.64.0.0/10, carrier-grade NAT
            boolean broadcast = (b[0] & b[1] & b[2] & b[3]) == (byte) 0xff;
            return !thisNetwork && !shared && !broadcast;
        }
        if (address instanceof Inet6Address v6) {
            if ((b[0] & 0xfe) == 0xfc) { // fc00::/7, unique local
                return false;
            }
            boolean nat64 = b[0] == 0x00 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b
                    && allZero(b, 4, 12);
            if (v6.isIPv4CompatibleAddress() || nat64) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
