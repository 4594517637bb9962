package io.kumofleet.schedule;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.kumofleet.support.GatewayTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class ScheduleValidationTest extends GatewayTest {

    private static final String BOUNCE = "\"kind\":\"bounce\",\"domain\":\"a.com\",\"reason\":\"r\",";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed cron      | "cron":"61 * * * *","zone":"UTC","duration":"10m"                 | is not a 5-field cron expression
            unknown zone        | "cron":"0 22 * * *","zone":"Mars/Olympus","duration":"10m"        | is not an IANA time zone
            end before start    | "start":"2030-01-15T12:00:00Z","end":"2030-01-15T11:00:00Z"       | is not after start
            start in the past   | "start":"2030-01-15T09:00:00Z","duration":"1h"                    | is in the past
            window too short    | "start":"2030-01-15T12:00:00Z","duration":"30s"                   | at least 60s
            local without zone  | "start":"2030-01-15T12:00:00","duration":"1h"                     | has no offset
            both end, duration  | "start":"2030-01-15T12:00:00Z","end":"2030-01-15T13:00:00Z","duration":"1h" | exactly one
            overlapping windows | "cron":"0 * * * *","zone":"UTC","duration":"2h"                   | windows overlap
            no when at all      | "zone":"UTC"                                                      | give start
            recurring no zone   | "cron":"0 22 * * *","duration":"8h"                               | need zone
            """)
    void refusesWithAClearProblem(String what, String when, String detail) {
        given().contentType("application/json").body("{" + BOUNCE + when + "}").post("/api/fleet/v1/schedules")
                .then().statusCode(422).contentType("application/problem+json").body("detail", containsString(detail));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"kind":"bounce","reason":"r","start":"2030-01-15T12:00:00Z","duration":"1h"}                  | no criteria given
            {"kind":"purge","domain":"a.com","reason":"r","start":"2030-01-15T12:00:00Z","duration":"1h"}   | kind must be
            {"kind":"suspension","domain":"a.com","reason":"r","routing_domain":"b","cron":"0 1 * * *","zone":"UTC","duration":"1h"} | bounces only
            """)
    void refusesBadDirectives(String body, String detail) {
        given().contentType("application/json").body(body).post("/api/fleet/v1/schedules")
                .then().statusCode(422).body("detail", containsString(detail));
    }
}
