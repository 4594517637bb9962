package io.kumofleet.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.kumofleet.kumo.wire.InspectMessageV1Response;
import io.kumofleet.kumo.wire.MessageInformation;
import io.kumofleet.kumod.RustUuid;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Synthesises the messages of a scheduled queue for the inspect endpoints; see {@link SpoolIds}. */
final class Messages {

    private final SpoolIds ids;

    Messages(SpoolIds ids) {
        this.ids = ids;
    }

    /** Message {@code position} of scheduled queue {@code s}, with {@code due} and {@code num_attempts}. */
    InspectMessageV1Response scheduled(QueueModel model, int s, int position, boolean wantBody, Instant now) {
        return new InspectMessageV1Response(RustUuid.simple(ids.idFor(s, position)),
                info(model, s, position, wantBody, now.plus(Duration.ofMinutes(1 + position % 20)), position % 5));
    }

    /** inspect-message: null when the id is not one of this node's or the queue no longer holds it. */
    InspectMessageV1Response lookup(QueueModel model, UUID id, boolean wantBody) {
        SpoolIds.Ref ref = ids.decode(id);
        if (ref == null || ref.queue() >= model.scheduledQueues()
                || ref.position() >= model.scheduled(ref.queue()) + model.inReady(ref.queue())) {
            return null;
        }
        return new InspectMessageV1Response(RustUuid.simple(id),
                info(model, ref.queue(), ref.position(), wantBody, null, null));
    }

    private static MessageInformation info(QueueModel model, int s, int position, boolean wantBody, Instant due,
            Integer attempts) {
        String domain = model.domainOf(s);
        String tenant = model.tenantOf(s);
        String sender = "bounces@" + (tenant == null || tenant.isEmpty() ? "mailer" : tenant) + ".example.net";
        String recipient = "user" + position + "@" + domain;
        ObjectNode meta = SimJson.MAPPER.createObjectNode();
        meta.put("queue", model.scheduledName(s));
        putIfPresent(meta, "tenant", tenant);
        putIfPresent(meta, "campaign", model.campaignOf(s));
        putIfPresent(meta, "routing_domain", model.routingDomainOf(s));
        meta.put("received_from", "10.0.0.5:" + (40_000 + position % 20_000));
        meta.put("reception_protocol", "ESMTP");
        String body = !wantBody ? null : "From: <" + sender + ">\r\nTo: <" + recipient + ">\r\nSubject: simulated message "
                + position + "\r\n\r\nHello from the KumoMTA simulator.\r\n";
        return new MessageInformation(sender, new TextNode(recipient), meta, body, due, attempts, null);
    }

    private static void putIfPresent(ObjectNode node, String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
    }
}
