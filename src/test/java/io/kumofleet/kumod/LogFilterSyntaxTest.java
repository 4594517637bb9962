package io.kumofleet.kumod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogFilterSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "kumod=trace", "kumod=debug,kumo_server_common=info", "info", "INFO", "3", "off",
        "kumod::smtp_dispatcher=trace", "warn,kumod::ready_queue=debug", "kumod", "kumod=",
        "kumod[dispatch]=debug", "[dispatch{queue=gmail}]=info", "kumod[span{a=1}]=warn", "my-crate=error",
        "", "kumod=info,,warn",
    })
    void acceptsWhatEnvFilterAccepts(String filter) {
        assertEquals(Optional.empty(), LogFilterSyntax.error(filter));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "kumod=verbose", "kumod=debug, kumo=info", "kumod==debug", "=debug", "kumod=6", "a b", "kumod=info=warn",
        "[unclosed=debug", "kumod.sub=debug",
    })
    void rejectsInvalidDirectives(String filter) {
        assertEquals(Optional.of("invalid filter directive"), LogFilterSyntax.error(filter));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[span{field=(unclosed}]=info"})
    void rejectsInvalidFieldPatterns(String filter) {
        assertEquals(true, LogFilterSyntax.error(filter).orElse("").startsWith("invalid field filter: "));
    }
}
