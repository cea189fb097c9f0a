package app.ballast.web.notify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which addresses a webhook may call: public ones only, unless the admin allows private ones. */
class WebhookAddressGuardTest {

    private final WebhookAddressGuard guard = new WebhookAddressGuard();

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.255.0.1", "::1", "10.1.2.3", "172.16.0.1", "172.31.255.255",
            "192.168.0.1", "169.254.169.254", "fe80::1", "fc00::1", "fdff::1", "0.0.0.0", "0.1.2.3", "::",
            "100.64.0.1", "100.127.255.254", "224.0.0.1", "ff02::1", "255.255.255.255", "::ffff:10.0.0.1",
            "::127.0.0.1", "64:ff9b::a00:1", "fec0::1"})
    void privateLoopbackLinkLocalAndSpecialAddressesAreNotPublic(String address) throws UnknownHostException {
        assertFalse(WebhookAddressGuard.isPublic(InetAddress.getByName(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"203.0.113.10", "8.8.8.8", "172.32.0.1", "100.128.0.1", "192.169.0.1", "2001:db8::1",
            "2606:4700::1111", "64:ff9b::808:808"})
    void publicAddressesArePublic(String address) throws UnknownHostException {
        assertTrue(WebhookAddressGuard.isPublic(InetAddress.getByName(address)), address);
    }

    @Test
    void aHostNameThatResolvesToLoopbackIsRefused() throws Exception {
        URI localhost = guard.parse("http://localhost:8080/hook");

        assertThrows(WebhookAddressGuard.RefusedAddressException.class, () -> guard.check(localhost, false));
        assertDoesNotThrow(() -> guard.check(localhost, true));
    }

    @Test
    void onlyHttpAndHttpsUrlsWithAHostAndNoCredentialsAreAccepted() {
        for (String url : new String[] {"ftp://203.0.113.10/", "file:///etc/passwd", "gopher://203.0.113.10/",
                "/relative/path", "http:///no-host", "https://user:pw@203.0.113.10/", "http://exa mple.org/"}) {
            assertThrows(WebhookAddressGuard.RefusedAddressException.class, () -> guard.parse(url), url);
        }
        assertDoesNotThrow(() -> guard.check(guard.parse("HTTPS://203.0.113.10:8443/hook?x=1"), false));
    }
}
