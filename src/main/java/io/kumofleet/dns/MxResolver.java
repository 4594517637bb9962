package io.kumofleet.dns;

import io.smallrye.mutiny.Uni;

/** Looks up MX records; an interface so that tests answer from fixed zones instead of real DNS. */
public interface MxResolver {

    /**
     * The MX records of {@code name} (fully qualified, with its trailing dot). A name that does not
     * exist is an answer ({@link MxAnswer#nxdomain()}); a lookup that fails or times out fails with
     * a {@link DnsLookupException}.
     */
    Uni<MxAnswer> mx(String name);
}
