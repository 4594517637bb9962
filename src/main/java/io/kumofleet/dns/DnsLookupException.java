package io.kumofleet.dns;

/** An MX lookup that gave no usable answer: the name does not exist, or DNS failed or timed out. */
public class DnsLookupException extends RuntimeException {

    private final boolean noSuchDomain;

    public DnsLookupException(String message, boolean noSuchDomain, Throwable cause) {
        super(message, cause);
        this.noSuchDomain = noSuchDomain;
    }

    /** True when DNS said the name does not exist (NXDOMAIN), as opposed to a failed lookup. */
    public boolean noSuchDomain() {
        return noSuchDomain;
    }
}
