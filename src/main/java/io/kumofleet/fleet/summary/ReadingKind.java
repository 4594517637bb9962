package io.kumofleet.fleet.summary;

/** What a node's reading collects: what one kind of summary needs from the node, and no more. */
enum ReadingKind {

    /** Ready and scheduled queues, and the rule lists and ready-queue states of the status column. */
    QUEUES,

    /** Providers, both by provider and by pool; no rule lists. */
    PROVIDERS;

    boolean needsRules() {
        return this == QUEUES;
    }
}
