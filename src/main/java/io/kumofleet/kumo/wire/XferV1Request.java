package io.kumofleet.kumo.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** kumod's xfer request: move matching messages to the node at {@code target}. */
public record XferV1Request(
        String campaign,
        String tenant,
        String domain,
        String routingDomain,
        String reason,
        String target,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> queueNames) {}
