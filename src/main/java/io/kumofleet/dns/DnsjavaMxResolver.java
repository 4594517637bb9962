package io.kumofleet.dns;

import io.kumofleet.config.FleetConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * MX lookups with dnsjava's asynchronous resolver (no thread waits on the network), against
 * {@code kumo.fleet.dns.server} or, when unset, the system's resolvers.
 */
@ApplicationScoped
public class DnsjavaMxResolver implements MxResolver {

    private final Resolver resolver;

    @Inject
    public DnsjavaMxResolver(FleetConfig config) throws UnknownHostException {
        this(config.dns().server(), config.dns().timeout());
    }

    DnsjavaMxResolver(Optional<String> server, Duration timeout) throws UnknownHostException {
        this.resolver = server.isPresent() ? new SimpleResolver(address(server.get())) : new ExtendedResolver();
        resolver.setTimeout(timeout);
    }

    @Override
    public Uni<MxAnswer> mx(String name) {
        Name query;
        try {
            query = Name.fromString(name);
        } catch (TextParseException e) {
            return Uni.createFrom().failure(new DnsLookupException("'" + name + "' is not a DNS name", false, e));
        }
        Message request = Message.newQuery(Record.newRecord(query, Type.MX, DClass.IN));
        return Uni.createFrom().completionStage(() -> resolver.sendAsync(request))
                .onFailure().transform(e -> new DnsLookupException(
                        "MX lookup for " + name + " failed: " + e.getMessage(), false, e))
                .map(answer -> read(name, answer));
    }

    private static MxAnswer read(String name, Message answer) {
        int rcode = answer.getRcode();
        if (rcode == Rcode.NXDOMAIN) {
            return MxAnswer.noSuchDomain();
        }
        if (rcode != Rcode.NOERROR) {
            throw new DnsLookupException("MX lookup for " + name + " failed: " + Rcode.string(rcode), false, null);
        }
        List<MxAnswer.Mx> records = new ArrayList<>();
        for (Record record : answer.getSection(Section.ANSWER)) {
            if (record instanceof MXRecord mx) {
                records.add(new MxAnswer.Mx(mx.getPriority(), mx.getTarget().toString()));
            }
        }
        return new MxAnswer(records, false);
    }

    /** {@code host}, {@code host:port}, {@code [v6]} or {@code [v6]:port}; port 53 by default. */
    static InetSocketAddress address(String server) {
        String text = server.trim();
        int port = 53;
        int colon = text.lastIndexOf(':');
        boolean bracketed = text.startsWith("[");
        if (colon > 0 && (bracketed ? text.indexOf(']') < colon : text.indexOf(':') == colon)) {
            port = Integer.parseInt(text.substring(colon + 1));
            text = text.substring(0, colon);
        }
        if (bracketed) {
            text = text.substring(1, text.length() - 1);
        }
        return new InetSocketAddress(text, port);
    }
}
