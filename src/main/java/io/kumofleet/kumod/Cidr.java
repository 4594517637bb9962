package io.kumofleet.kumod;

import io.netty.util.NetUtil;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The address filters of the trace commands, read like kumomta's {@code cidr_map::parse_cidr}
 * (an address or a network with no host bits set) and written as its {@code CidrSet} serialises
 * them: sorted, covered networks dropped, sibling networks merged, hosts without a prefix length.
 */
public record Cidr(boolean v6, BigInteger address, int length) {

    /** Text that is not a CIDR, with kumomta's message. */
    public static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    private int bits() {
        return v6 ? 128 : 32;
    }

    public static Cidr parse(String text) throws Invalid {
        int slash = text.indexOf('/');
        String addressText = slash < 0 ? text : text.substring(0, slash);
        boolean v6 = addressText.contains(":");
        BigInteger address = v6 ? ipv6(addressText) : ipv4(addressText);
        if (address == null) {
            throw new Invalid(text + " is not a valid CIDR: invalid IP address syntax");
        }
        int bits = v6 ? 128 : 32;
        int length = bits;
        if (slash >= 0) {
            String lengthText = text.substring(slash + 1);
            if (!lengthText.matches("[0-9]{1,3}")) {
                throw new Invalid(text + " is not a valid CIDR: invalid digit found in string");
            }
            length = Integer.parseInt(lengthText);
            if (length > bits) {
                throw new Invalid(text + " is not a valid CIDR: invalid length for network: Network length " + length
                        + " is too long for " + (v6 ? "Ipv6" : "Ipv4") + " (maximum: " + bits + ")");
            }
        }
        Cidr cidr = new Cidr(v6, address, length);
        if (!cidr.network().equals(address)) {
            throw new Invalid(text + " is not a valid CIDR: host part of address was not zero. Did you mean "
                    + new Cidr(v6, cidr.network(), length) + "?");
        }
        return cidr;
    }

    /** A set of filters as kcli sends it; {@code problems} lists every bad entry, as {@code CidrSet::try_from} does. */
    public static List<String> set(List<String> texts) throws Invalid {
        List<Cidr> cidrs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String text : texts) {
            try {
                cidrs.add(parse(text));
            } catch (Invalid e) {
                problems.add(text + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new Invalid(String.join(", ", problems));
        }
        return format(cidrs);
    }

    /** Networks as a {@code CidrSet} serialises them. */
    public static List<String> format(List<Cidr> cidrs) {
        return compress(cidrs).stream().map(Cidr::toString).toList();
    }

    private static List<Cidr> compress(List<Cidr> cidrs) {
        List<Cidr> sorted = new ArrayList<>(cidrs);
        sorted.sort(Comparator.comparing(Cidr::v6).thenComparing(Cidr::address).thenComparingInt(Cidr::length));
        boolean changed = true;
        while (changed) {
            changed = false;
            List<Cidr> next = new ArrayList<>();
            for (Cidr cidr : sorted) {
                Cidr last = next.isEmpty() ? null : next.get(next.size() - 1);
                if (last != null && last.contains(cidr)) {
                    changed = true;
                } else if (last != null && last.isSiblingOf(cidr)) {
                    next.set(next.size() - 1, new Cidr(last.v6, last.address, last.length - 1));
                    changed = true;
                } else {
                    next.add(cidr);
                }
            }
            sorted = next;
        }
        return sorted;
    }

    private BigInteger network() {
        BigInteger hostMask = BigInteger.ONE.shiftLeft(bits() - length).subtract(BigInteger.ONE);
        return address.andNot(hostMask);
    }

    private boolean contains(Cidr other) {
        return v6 == other.v6 && length <= other.length
                && new Cidr(v6, other.address, length).network().equals(address);
    }

    private boolean isSiblingOf(Cidr other) {
        return v6 == other.v6 && length == other.length && length > 0
                && new Cidr(v6, address, length - 1).network().equals(address)
                && new Cidr(v6, other.address, length - 1).network().equals(address);
    }

    @Override
    public String toString() {
        String text = v6 ? formatIpv6(address) : formatIpv4(address);
        return length == bits() ? text : text + "/" + length;
    }

    private static BigInteger ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        long value = 0;
        for (String part : parts) {
            if (!part.matches("[0-9]{1,3}") || (part.length() > 1 && part.startsWith("0")) || Integer.parseInt(part) > 255) {
                return null;
            }
            value = value << 8 | Integer.parseInt(part);
        }
        return BigInteger.valueOf(value);
    }

    private static BigInteger ipv6(String text) {
        String[] halves = text.split("::", -1);
        if (halves.length > 2) {
            return null;
        }
        List<Integer> head = groups(halves[0]);
        List<Integer> tail = halves.length == 2 ? groups(halves[1]) : List.of();
        if (head == null || tail == null) {
            return null;
        }
        int missing = 8 - head.size() - tail.size();
        if ((halves.length == 1 && missing != 0) || (halves.length == 2 && missing < 1)) {
            return null;
        }
        BigInteger value = BigInteger.ZERO;
        List<Integer> all = new ArrayList<>(head);
        for (int i = 0; i < (halves.length == 2 ? missing : 0); i++) {
            all.add(0);
        }
        all.addAll(tail);
        for (int group : all) {
            value = value.shiftLeft(16).or(BigInteger.valueOf(group));
        }
        return value;
    }

    /** Colon-separated hex groups, where a trailing dotted IPv4 address counts as two groups. */
    private static List<Integer> groups(String text) {
        List<Integer> groups = new ArrayList<>();
        if (text.isEmpty()) {
            return groups;
        }
        String[] parts = text.split(":", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i == parts.length - 1 && parts[i].contains(".")) {
                BigInteger v4 = ipv4(parts[i]);
                if (v4 == null) {
                    return null;
                }
                groups.add(v4.intValue() >>> 16);
                groups.add(v4.intValue() & 0xffff);
            } else if (parts[i].matches("[0-9a-fA-F]{1,4}")) {
                groups.add(Integer.parseInt(parts[i], 16));
            } else {
                return null;
            }
        }
        return groups;
    }

    private static String formatIpv4(BigInteger address) {
        long value = address.longValue();
        return (value >>> 24) + "." + (value >>> 16 & 255) + "." + (value >>> 8 & 255) + "." + (value & 255);
    }

    /** As Rust's {@code Ipv6Addr} prints: RFC 5952 (Netty's), and an IPv4-mapped address as {@code ::ffff:a.b.c.d}. */
    private static String formatIpv6(BigInteger address) {
        byte[] bytes = new byte[16];
        for (int i = 0; i < 16; i++) {
            bytes[15 - i] = address.shiftRight(8 * i).byteValue();
        }
        boolean mapped = address.shiftRight(32).equals(BigInteger.valueOf(0xffff));
        if (mapped) {
            return "::ffff:" + formatIpv4(address.and(BigInteger.valueOf(0xffffffffL)));
        }
        return NetUtil.bytesToIpAddress(bytes);
    }
}
