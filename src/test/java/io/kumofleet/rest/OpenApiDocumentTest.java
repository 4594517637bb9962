package io.kumofleet.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed API document must be the one the application serves. */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Path COMMITTED = Path.of("openapi/kumo-fleet.openapi.yaml");

    @Test
    void servedDocumentMatchesTheCommittedOne() throws Exception {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();

        assertEquals(Files.readString(COMMITTED).strip(), served.strip(),
                "openapi/kumo-fleet.openapi.yaml is out of date: the build wrote the current document to "
                        + "target/openapi/kumo-fleet.openapi.yaml; review it and copy it over the committed one");
    }
}
