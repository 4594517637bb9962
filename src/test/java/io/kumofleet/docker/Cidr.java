package io.kumofleet.docker;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** An IP network ({@code 172.28.0.0/16}) or one address, enough to tell whether one contains another. */
record Cidr(BigInteger network, int bits, int prefix) {

    static Cidr of(String text) {
        String[] parts = text.split("/");
        try {
            byte[] address = InetAddress.getByName(parts[0]).getAddress();
            int bits = address.length * 8;
            return new Cidr(new BigInteger(1, address), bits, parts.length == 2 ? Integer.parseInt(parts[1]) : bits);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address: " + text, e);
        }
    }

    boolean contains(Cidr other) {
        return bits == other.bits && prefix <= other.prefix
                && network.shiftRight(bits - prefix).equals(other.network.shiftRight(bits - prefix));
    }
}
