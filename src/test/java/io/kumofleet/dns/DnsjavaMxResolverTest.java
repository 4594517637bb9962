package io.kumofleet.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Section;

/** The production resolver against a tiny DNS server on loopback that answers from a fixed zone. */
class DnsjavaMxResolverTest {

    private DatagramSocket socket;
    private Thread server;

    @BeforeEach
    void startServer() throws Exception {
        socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        server = new Thread(this::serve, "test-dns");
        server.setDaemon(true);
        server.start();
    }

    @AfterEach
    void stopServer() {
        socket.close();
    }

    @Test
    void readsMxRecordsNoRecordsAndNxdomain() throws Exception {
        MxResolver resolver = new DnsjavaMxResolver(Optional.of("127.0.0.1:" + socket.getLocalPort()), Duration.ofSeconds(2));

        assertThat(resolver.mx("gmail.com.").await().indefinitely()).isEqualTo(new MxAnswer(List.of(
                new MxAnswer.Mx(5, "gmail-smtp-in.l.google.com."), new MxAnswer.Mx(10, "alt1.gmail-smtp-in.l.google.com.")),
                false));
        assertThat(resolver.mx("www.example.com.").await().indefinitely()).isEqualTo(new MxAnswer(List.of(), false));
        assertThat(resolver.mx("missing.example.").await().indefinitely()).isEqualTo(MxAnswer.noSuchDomain());
        assertThatThrownBy(() -> resolver.mx("servfail.example.").await().indefinitely())
                .isInstanceOf(DnsLookupException.class).hasMessageContaining("SERVFAIL");
    }

    @Test
    void serverAddressesTakeAnOptionalPort() {
        assertThat(DnsjavaMxResolver.address("127.0.0.1").getPort()).isEqualTo(53);
        assertThat(DnsjavaMxResolver.address("127.0.0.1:5353").getPort()).isEqualTo(5353);
        assertThat(DnsjavaMxResolver.address("[::1]:5353").getAddress().getHostAddress()).isEqualTo("0:0:0:0:0:0:0:1");
        assertThat(DnsjavaMxResolver.address("::1").getPort()).isEqualTo(53);
    }

    private void serve() {
        byte[] buffer = new byte[512];
        while (!socket.isClosed()) {
            try {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                Message query = new Message(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
                Message answer = answer(query);
                byte[] wire = answer.toWire();
                socket.send(new DatagramPacket(wire, wire.length, packet.getSocketAddress()));
            } catch (java.io.IOException closed) {
                return;
            }
        }
    }

    private static Message answer(Message query) throws java.io.IOException {
        Message answer = new Message(query.getHeader().getID());
        answer.getHeader().setFlag(Flags.QR);
        answer.addRecord(query.getQuestion(), Section.QUESTION);
        Name name = query.getQuestion().getName();
        switch (name.toString()) {
            case "gmail.com." -> {
                answer.addRecord(new MXRecord(name, DClass.IN, 300, 5, Name.fromString("gmail-smtp-in.l.google.com.")),
                        Section.ANSWER);
                answer.addRecord(new MXRecord(name, DClass.IN, 300, 10,
                        Name.fromString("alt1.gmail-smtp-in.l.google.com.")), Section.ANSWER);
            }
            case "www.example.com." -> { }
            case "servfail.example." -> answer.getHeader().setRcode(Rcode.SERVFAIL);
            default -> answer.getHeader().setRcode(Rcode.NXDOMAIN);
        }
        return answer;
    }
}
