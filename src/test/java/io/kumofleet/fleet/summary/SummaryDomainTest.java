package io.kumofleet.fleet.summary;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.kumofleet.kumod.ScheduledQueueName;
import io.kumofleet.support.GatewayTest;
import io.kumofleet.support.StubMxResolver;
import io.kumofleet.support.TestFleet;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** kcli's {@code --domain}, with MX records from the stub resolver (no real DNS). */
@QuarkusTest
class SummaryDomainTest extends GatewayTest {

    private static final String GMAIL_SITE = "(alt1|alt2|alt3|alt4)?.gmail-smtp-in.l.google.com";
    private static final String[] GMAIL_MX = {"5 gmail-smtp-in.l.google.com.", "10 alt1.gmail-smtp-in.l.google.com.",
        "20 alt2.gmail-smtp-in.l.google.com.", "30 alt3.gmail-smtp-in.l.google.com.", "40 alt4.gmail-smtp-in.l.google.com."};

    @BeforeEach
    void zones() {
        StubMxResolver.mx("gmail.com", GMAIL_MX);
        // Another domain hosted by the same MX: its queues belong to the same site.
        StubMxResolver.mx("googlemail.com", GMAIL_MX);
        StubMxResolver.mx("yahoo.com", "1 mta5.am0.yahoodns.net.", "1 mta6.am0.yahoodns.net.", "1 mta7.am0.yahoodns.net.");
        StubMxResolver.broken("broken.example");
    }

    @AfterEach
    void forget() {
        StubMxResolver.clear();
    }

    @Test
    void keepsTheReadyQueuesOfTheSiteAndTheScheduledQueuesWhoseDomainResolvesToIt() {
        TestFleet.node("sim-2").queues().addMessages("acme@googlemail.com", 4);
        JsonPath all = summary(null);

        JsonPath gmail = summary("gmail.com");

        assertThat(gmail.getString("domain.domain")).isEqualTo("gmail.com");
        assertThat(gmail.getString("domain.site")).isEqualTo(GMAIL_SITE);
        List<String> ready = gmail.getList("ready.rows.name", String.class);
        assertThat(ready).isNotEmpty().allSatisfy(name -> assertThat(name).contains("->" + GMAIL_SITE + "@"));
        assertThat(ready).containsExactlyElementsOf(all.getList("ready.rows.name", String.class).stream()
                .filter(name -> name.contains("->" + GMAIL_SITE + "@")).toList());
        List<String> scheduled = gmail.getList("scheduled.rows.name", String.class);
        assertThat(scheduled).contains("gmail.com", "acme@gmail.com", "acme@googlemail.com")
                .containsExactlyElementsOf(all.getList("scheduled.rows.name", String.class).stream()
                        .filter(name -> Set.of("gmail.com", "googlemail.com")
                                .contains(ScheduledQueueName.parse(name).effectiveDomain()))
                        .toList());
        assertThat(gmail.getInt("scheduled.total.queues")).isEqualTo(scheduled.size());
        assertThat(gmail.getLong("scheduled.total.count")).isEqualTo(gmail.getList("scheduled.rows.count", Long.class)
                .stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void aDomainIsAppliedBeforeTheLimit() {
        JsonPath yahoo = given().queryParam("domain", "yahoo.com").queryParam("limit", 1)
                .get("/api/fleet/v1/queues/summary").then().statusCode(200).extract().jsonPath();

        assertThat(yahoo.getList("ready.rows.site", String.class)).containsExactly("(mta5|mta6|mta7).am0.yahoodns.net");
        assertThat(yahoo.getList("scheduled.rows.name", String.class)).hasSize(1);
        assertThat(yahoo.getInt("scheduled.total.queues")).isGreaterThan(1);
    }

    @Test
    void badAndUnknownDomainsAreProblemsBeforeAnyNodeIsRead() {
        long before = TestFleet.node("sim-1").requests().of("GET", "/metrics");
        given().queryParam("domain", "exa mple.com").get("/api/fleet/v1/queues/summary").then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("not a domain name"));
        given().queryParam("domain", "[10.0.0.1").get("/api/fleet/v1/queues/summary").then().statusCode(422)
                .body("detail", containsString("no trailing ']'"));
        given().queryParam("domain", "nowhere.example").get("/api/fleet/v1/queues/summary").then().statusCode(422)
                .contentType("application/problem+json").body("title", equalTo("Unknown domain"))
                .body("detail", containsString("NXDOMAIN"));
        given().queryParam("domain", "broken.example").get("/api/fleet/v1/queues/summary").then().statusCode(503)
                .contentType("application/problem+json").body("title", equalTo("DNS lookup failed"));
        assertThat(TestFleet.node("sim-1").requests().of("GET", "/metrics")).isEqualTo(before);
    }

    private static JsonPath summary(String domain) {
        var request = given().queryParam("limit", 10000);
        if (domain != null) {
            request.queryParam("domain", domain);
        }
        return request.get("/api/fleet/v1/queues/summary").then().statusCode(200).extract().jsonPath();
    }
}
