package io.kumofleet.support;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Section;

/**
 * A tiny DNS server on loopback (UDP) for the real resolver: it answers MX queries from records the
 * test sets; names it was not told about do not exist (NXDOMAIN).
 */
public final class LoopbackDns implements AutoCloseable {

    private static final List<String> SERVFAIL = List.of("SERVFAIL");

    private final DatagramSocket socket;
    private final Map<String, List<String>> zones = new ConcurrentHashMap<>();

    private LoopbackDns() throws IOException {
        socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        Thread server = new Thread(this::serve, "loopback-dns");
        server.setDaemon(true);
        server.start();
    }

    /** A server listening on a free loopback port. */
    public static LoopbackDns start() throws IOException {
        return new LoopbackDns();
    }

    /** {@code host:port}, as {@code kumo.fleet.dns.server} takes it. */
    public String address() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    /** MX records for {@code domain}, each {@code "<preference> <exchange>"}; none: the name exists without MX. */
    public LoopbackDns mx(String domain, String... records) {
        zones.put(fqdn(domain), List.of(records));
        return this;
    }

    /** Queries for {@code domain} fail with SERVFAIL. */
    public LoopbackDns servfail(String domain) {
        zones.put(fqdn(domain), SERVFAIL);
        return this;
    }

    @Override
    public void close() {
        socket.close();
    }

    private void serve() {
        byte[] buffer = new byte[512];
        while (!socket.isClosed()) {
            try {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                byte[] wire = answer(new Message(Arrays.copyOf(packet.getData(), packet.getLength()))).toWire();
                socket.send(new DatagramPacket(wire, wire.length, packet.getSocketAddress()));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private Message answer(Message query) throws IOException {
        Message answer = new Message(query.getHeader().getID());
        answer.getHeader().setFlag(Flags.QR);
        answer.addRecord(query.getQuestion(), Section.QUESTION);
        Name name = query.getQuestion().getName();
        List<String> records = zones.get(name.toString().toLowerCase(java.util.Locale.ROOT));
        if (records == null) {
            answer.getHeader().setRcode(Rcode.NXDOMAIN);
        } else if (records == SERVFAIL) {
            answer.getHeader().setRcode(Rcode.SERVFAIL);
        } else {
            for (String record : records) {
                String[] parts = record.split(" ");
                answer.addRecord(new MXRecord(name, DClass.IN, 300, Integer.parseInt(parts[0]), Name.fromString(parts[1])),
                        Section.ANSWER);
            }
        }
        return answer;
    }

    private static String fqdn(String domain) {
        String lower = domain.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".") ? lower : lower + ".";
    }
}
