package io.kumofleet.kumod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Trace address filters as kumomta's cidr_map parses them and its CidrSet writes them. */
class CidrTest {

    private static String error(String text) {
        return assertThrows(Cidr.Invalid.class, () -> Cidr.parse(text)).getMessage();
    }

    @Test
    void parsesAndWritesAddressesAndNetworks() throws Exception {
        assertEquals("10.0.0.1", Cidr.parse("10.0.0.1").toString());
        assertEquals("10.0.0.1", Cidr.parse("10.0.0.1/32").toString());
        assertEquals("10.0.0.0/8", Cidr.parse("10.0.0.0/8").toString());
        assertEquals("::1", Cidr.parse("0:0::1").toString());
        assertEquals("2001:db8::/32", Cidr.parse("2001:DB8::/32").toString());
        assertEquals("::ffff:1.2.3.4", Cidr.parse("::ffff:1.2.3.4").toString());
        assertEquals("1:0:0:1::1", Cidr.parse("1:0:0:1:0:0:0:1").toString());
        assertEquals("1::2:3:0:0:4", Cidr.parse("1:0:0:2:3:0:0:4").toString());
    }

    @Test
    void refusesWithKumomtasMessages() {
        assertEquals("10.0.0.1/8 is not a valid CIDR: host part of address was not zero. Did you mean 10.0.0.0/8?",
                error("10.0.0.1/8"));
        assertEquals("x is not a valid CIDR: invalid IP address syntax", error("x"));
        assertEquals("010.0.0.1 is not a valid CIDR: invalid IP address syntax", error("010.0.0.1"));
        assertEquals("10.0.0.0/33 is not a valid CIDR: invalid length for network: Network length 33 is too long for "
                + "Ipv4 (maximum: 32)", error("10.0.0.0/33"));
        assertEquals("a: a is not a valid CIDR: invalid IP address syntax, b: b is not a valid CIDR: invalid IP address "
                + "syntax", assertThrows(Cidr.Invalid.class, () -> Cidr.set(List.of("a", "10.0.0.1", "b"))).getMessage());
    }

    @Test
    void setsAreSortedWithCoveredAndSiblingNetworksMerged() throws Exception {
        assertEquals(List.of("10.0.0.0/24"), Cidr.set(List.of("10.0.0.128/25", "10.0.0.0/25")));
        assertEquals(List.of("10.0.0.0/24"), Cidr.set(List.of("10.0.0.7", "10.0.0.0/24", "10.0.0.0/24")));
        assertEquals(List.of("10.0.0.1", "192.168.1.0/24", "::1"), Cidr.set(List.of("::1", "192.168.1.0/24", "10.0.0.1")));
    }
}
