package io.kumofleet.kumo.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.UUID;

/** kumod's answer to a suspension request: the rule id. */
public record SuspendV1Response(@JsonProperty(required = true) UUID id) {}
