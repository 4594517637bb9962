package io.kumofleet.cli.kcli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.kumofleet.kumo.wire.BounceV1ListEntry;
import io.kumofleet.support.KumodSamples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** bounce-list's table from fixed entries, against checked-in golden files (trailing spaces included). */
class BounceListTableTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static String table(String entries) throws Exception {
        return BounceListCommand.table(JSON.readValue(entries, new TypeReference<List<BounceV1ListEntry>>() {}));
    }

    @Test
    void matchesTheGoldenTable() throws Exception {
        assertEquals(Files.readString(Path.of("src/test/resources/cli/bounce-list.txt")), table(KumodSamples.BOUNCE_LIST));
    }

    @Test
    void wideCharactersCountAsTwoColumns() throws Exception {
        String entries = "[{\"id\":\"" + KumodSamples.RULE_ID + "\",\"campaign\":null,\"tenant\":\"テナント\",\"domain\":null,"
                + "\"routing_domain\":null,\"reason\":\"宛先ブロック\",\"duration\":\"59s 999ms\",\"bounced\":{},"
                + "\"total_bounced\":1000},{\"id\":\"" + KumodSamples.OTHER_ID + "\",\"campaign\":null,\"tenant\":null,"
                + "\"domain\":\"b.example\",\"routing_domain\":null,\"reason\":\"short\",\"duration\":\"2days 3h\","
                + "\"bounced\":{},\"total_bounced\":987654321}]";
        assertEquals(Files.readString(Path.of("src/test/resources/cli/bounce-list-wide.txt")), table(entries));
    }
}
