package io.kumofleet.fleet;

import io.kumofleet.config.FleetConfig;
import io.kumofleet.kumo.Credentials;
import io.kumofleet.kumo.KumoEndpoint;
import io.quarkus.runtime.configuration.ConfigurationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Optional;

/** Builds a node's endpoint from its configuration, refusing what cannot work with a clear message. */
final class NodeEndpoints {

    private NodeEndpoints() {}

    static KumoEndpoint fromConfig(String name, FleetConfig.NodeConfig node, Duration defaultTimeout) {
        String key = "kumo.fleet.nodes." + name;
        return new KumoEndpoint(
                name,
                parseUrl(key + ".url", node.url()),
                credentials(key, node),
                node.timeout().orElse(defaultTimeout),
                node.trustAll(),
                node.caCert());
    }

    private static URI parseUrl(String key, String value) {
        String problem = key + ": '" + value + "' is not an absolute http:// or https:// URL such as "
                + "http://10.0.0.5:8000";
        URI uri;
        try {
            uri = new URI(value.trim());
        } catch (URISyntaxException e) {
            throw new ConfigurationException(problem + " (" + e.getReason() + ")");
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null) {
            throw new ConfigurationException(problem);
        }
        if (uri.getUserInfo() != null) {
            throw new ConfigurationException(key + ": the URL holds credentials; set them in "
                    + key.replace(".url", "") + ".username/.password or .token instead, so they are never logged");
        }
        return uri;
    }

    private static Credentials credentials(String key, FleetConfig.NodeConfig node) {
        Optional<String> token = NodeSecrets.read(key + ".token", node.token(), node.tokenFile());
        Optional<String> password = NodeSecrets.read(key + ".password", node.password(), node.passwordFile());
        if (token.isPresent() && (node.username().isPresent() || password.isPresent())) {
            throw new ConfigurationException(key + ": set either username and password, or token, not both");
        }
        if (token.isPresent()) {
            return new Credentials.Bearer(token.get());
        }
        if (password.isPresent() && node.username().isEmpty()) {
            throw new ConfigurationException(key + ".password is set but " + key + ".username is not");
        }
        return node.username()
                .<Credentials>map(user -> new Credentials.Basic(user, password.orElse("")))
                .orElse(Credentials.none());
    }
}
