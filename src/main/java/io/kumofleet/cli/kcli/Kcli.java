package io.kumofleet.cli.kcli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumofleet.cli.kcli.format.KcliError;
import io.kumofleet.kumo.KumoClientFactory;
import io.kumofleet.kumo.KumoEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every kcli subcommand shares: finding the endpoint as kcli does ({@code --endpoint}, then
 * {@code KUMO_KCLI_ENDPOINT}, then {@code http://127.0.0.1:8000}) and connecting to it.
 */
@ApplicationScoped
public class Kcli {

    static final String ENDPOINT_VARIABLE = "KUMO_KCLI_ENDPOINT";
    static final String DEFAULT_ENDPOINT = "http://127.0.0.1:8000";

    private final KumoClientFactory factory;
    private final ObjectMapper mapper;
    private final Environment environment;
    private final Duration timeout;

    Kcli(KumoClientFactory factory, ObjectMapper mapper, Environment environment,
            @ConfigProperty(name = "kumo.kcli.timeout", defaultValue = "60s") Duration timeout) {
        this.factory = factory;
        this.mapper = mapper;
        this.environment = environment;
        this.timeout = timeout;
    }

    /** The endpoint URL, failing like kcli's {@code Url::parse} (an empty variable is used, and fails). */
    KcliUrl endpoint(Optional<String> option) {
        String text = option.or(() -> environment.variable(ENDPOINT_VARIABLE)).orElse(DEFAULT_ENDPOINT);
        try {
            return KcliUrl.parse(text);
        } catch (KcliUrl.Invalid e) {
            throw new KcliError(e.getMessage());
        }
    }

    /** A connection to the endpoint for one run; close it when done. */
    KcliNode connect(Optional<String> option) {
        KcliUrl url = endpoint(option);
        KumoEndpoint endpoint = url.isHttp()
                ? new KumoEndpoint("kcli", url.origin(), url.credentials(), timeout, false, Optional.empty())
                : null;
        return new KcliNode(factory, url, endpoint == null ? null : factory.forEndpoint(endpoint), timeout);
    }

    ObjectMapper mapper() {
        return mapper;
    }

    Environment environment() {
        return environment;
    }
}
