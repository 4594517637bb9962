package io.kumofleet.sim;

/** Produces a streamed body piece by piece, so that it never has to exist in memory as a whole. */
interface ChunkProducer {

    /** Appends at least one piece (until {@code out} reaches about {@code target} chars); false once done. */
    boolean fill(StringBuilder out, int target);
}
