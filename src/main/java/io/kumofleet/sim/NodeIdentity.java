package io.kumofleet.sim;

import io.kumofleet.kumo.wire.MachineInfoV1;
import io.kumofleet.kumod.RustUuid;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** What {@code /api/machine-info} reports; derived from the node's name and seed, so it survives restarts. */
record NodeIdentity(String nodeId, String hostname, String macAddress, String fingerprint, String version) {

    static NodeIdentity of(SimNodeOptions options) {
        UUID id = UUID.nameUUIDFromBytes(("kumo-fleet-sim/" + options.name() + "/" + options.seed())
                .getBytes(StandardCharsets.UTF_8));
        long bits = id.getLeastSignificantBits();
        String mac = String.format("02:%02x:%02x:%02x:%02x:%02x", (bits >>> 32) & 0xff, (bits >>> 24) & 0xff,
                (bits >>> 16) & 0xff, (bits >>> 8) & 0xff, bits & 0xff);
        return new NodeIdentity(id.toString(), options.name() + ".sim.kumo-fleet.test", mac,
                "machine_uid=" + RustUuid.simple(id), options.version());
    }

    MachineInfoV1 machineInfo(Instant onlineSince) {
        return new MachineInfoV1(nodeId, hostname, macAddress, 8, "6.8.0-sim", "linux/x86_64", "ubuntu",
                "Linux (Ubuntu 24.04)", 17_179_869_184L, null, "KumoMTA simulator vCPU", fingerprint, onlineSince,
                "kumod", version);
    }
}
