package io.kumofleet.metrics;

import java.util.BitSet;

/**
 * Which of a {@link SharedKeys}' names one node's figures use, a bit per stored name: kept once the
 * figures themselves are gone, to tell how many stored names the nodes still report.
 */
public record KeysInUse(SharedKeys keys, BitSet[] used) {}
