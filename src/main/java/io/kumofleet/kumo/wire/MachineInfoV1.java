package io.kumofleet.kumo.wire;

import java.time.Instant;

/** A node's identity and host facts from {@code GET /api/machine-info}. */
public record MachineInfoV1(
        String nodeId,
        String hostname,
        String macAddress,
        long numCores,
        String kernelVersion,
        String platform,
        String distribution,
        String osVersion,
        long totalMemoryBytes,
        String containerRuntime,
        String cpuBrand,
        String fingerprint,
        Instant onlineSince,
        String processKind,
        String version) {}
