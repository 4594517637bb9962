package io.kumofleet.fleet;

import java.net.URI;
import java.util.List;

/**
 * Nodes the gateway fronts besides the configured ones (today the embedded simulator's); the node
 * inventory asks every source once, as it is built.
 */
public interface NodeSource {

    /** The nodes this source offers, each with its URL and tags; empty when it has none. */
    List<SourcedNode> nodes();

    /** One node of a source: plain HTTP without credentials, the node timeout and kumod's default log filter. */
    record SourcedNode(String name, URI url, List<String> tags) {}
}
