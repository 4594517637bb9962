package io.kumofleet.fleet.directive;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fleet id carried in the reason of every rule the gateway puts on a node, e.g.
 * {@code purge bad send [fleet:3f2a9c1e]}: it ties each node's rule (and each AdminBounce log record)
 * back to its directive even after the node's rule ids changed.
 */
public final class FleetTag {

    private static final Pattern TAG = Pattern.compile("\\[fleet:([0-9a-f]{8})]\\s*$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private FleetTag() {}

    /** A fresh fleet id: 8 lowercase hex digits. */
    public static String newId() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The reason as sent to nodes. */
    public static String tag(String reason, String fleetId) {
        return reason + " [fleet:" + fleetId + "]";
    }

    /** The fleet id at the end of a node rule's reason, if the gateway put it there. */
    public static Optional<String> idIn(String reason) {
        if (reason == null) {
            return Optional.empty();
        }
        Matcher m = TAG.matcher(reason);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
