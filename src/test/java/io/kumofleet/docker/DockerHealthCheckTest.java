package io.kumofleet.docker;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The image's health check asks a path the gateway serves without credentials. */
@QuarkusTest
class DockerHealthCheckTest {

    @Test
    void theHealthCheckPathAnswersUpWithoutCredentials() {
        given().noFilters().get(DockerFiles.healthCheckUrl().getPath()).then()
                .statusCode(200)
                .body("status", equalTo("UP"));
    }
}
