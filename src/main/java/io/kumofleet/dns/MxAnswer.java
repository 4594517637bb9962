package io.kumofleet.dns;

import java.util.List;

/**
 * The MX records a lookup found, in answer order.
 *
 * @param nxdomain true when the name does not exist (then there are no records)
 */
public record MxAnswer(List<Mx> records, boolean nxdomain) {

    public MxAnswer {
        records = List.copyOf(records);
    }

    /** The name does not exist. */
    public static MxAnswer noSuchDomain() {
        return new MxAnswer(List.of(), true);
    }

    /** One MX record: its preference and its exchange host as DNS gives it (e.g. {@code mx1.example.com.}). */
    public record Mx(int preference, String exchange) {}
}
