package io.kumofleet.kumo.wire;

import java.util.List;
import java.util.Map;

/** The MX resolution of a destination: its site name and MX hosts by preference. */
public record MxResolution(
        String siteName,
        Map<String, List<String>> byPreference,
        boolean isMx,
        boolean isDomainLiteral,
        boolean isSecure) {}
