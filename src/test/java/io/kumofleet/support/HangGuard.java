package io.kumofleet.support;

import java.time.Duration;

/**
 * How long a test waits for something that takes moments before calling it a hang: minutes, so that
 * only a real hang fails, never a machine busy with other builds. {@code -Dkumo.test.hang-guard=PT10M}
 * (ISO-8601) changes it.
 */
public final class HangGuard {

    public static final Duration LIMIT = Duration.parse(System.getProperty("kumo.test.hang-guard", "PT5M"));

    private HangGuard() {}
}
