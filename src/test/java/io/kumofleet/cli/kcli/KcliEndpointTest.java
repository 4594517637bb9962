package io.kumofleet.cli.kcli;

import static io.kumofleet.support.KumodSamples.JSON;
import static io.kumofleet.support.KumodSamples.TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.kumofleet.support.FakeKumod;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Which node kcli talks to: --endpoint, then KUMO_KCLI_ENDPOINT, then http://127.0.0.1:8000; and how. */
@QuarkusTest
class KcliEndpointTest {

    @Inject
    CommandLine.IFactory factory;

    @Inject
    Kcli kcliBean;

    private FakeKumod node;
    private KcliRunner kcli;

    @BeforeEach
    void start() throws Exception {
        node = FakeKumod.start();
        node.answer("GET", "/api/admin/suspend/v1", 200, JSON, "[]");
        kcli = new KcliRunner(factory);
    }

    @AfterEach
    void stop() throws Exception {
        node.close();
    }

    @Test
    void withoutOptionOrVariableTheDefaultListenerIsUsed() {
        assertEquals("http://127.0.0.1:8000/", kcliBean.endpoint(Optional.empty()).toString());
    }

    @Test
    void theVariableIsUsedWithoutTheOptionAndTheOptionWinsOverIt() throws Exception {
        kcli.environment.set("KUMO_KCLI_ENDPOINT", node.url());
        assertEquals(new KcliRunner.Result(0, "[]\n", ""), kcli.run("suspend-list"));
        assertEquals("/api/admin/suspend/v1", node.next().path());

        kcli.environment.set("KUMO_KCLI_ENDPOINT", "http://127.0.0.1:" + KcliErrorsTest.closedPort());
        assertEquals(new KcliRunner.Result(0, "[]\n", ""), kcli.runAt(node.url(), "suspend-list"));
        assertEquals("/api/admin/suspend/v1", node.next().path());
    }

    @Test
    void anEmptyVariableIsStillUsedAndFailsLikeKcli() {
        kcli.environment.set("KUMO_KCLI_ENDPOINT", "");
        assertEquals(new KcliRunner.Result(1, "", "Error: relative URL without a base\n"), kcli.run("suspend-list"));
        assertEquals(new KcliRunner.Result(1, "", "Error: relative URL without a base\n"),
                kcli.runAt("127.0.0.1:8000", "suspend-list"));
        assertEquals(new KcliRunner.Result(1, "", "Error: empty host\n"), kcli.runAt("http://", "suspend-list"));
        assertEquals(new KcliRunner.Result(1, "", "Error: invalid port number\n"), kcli.runAt("http://h:99999", "suspend-list"));
        assertEquals(0, node.pending());
    }

    @Test
    void urlsKcliCannotSendToFailAsReqwestDoes() {
        assertEquals(new KcliRunner.Result(1, "", "Error: relative URL with a cannot-be-a-base base\n"),
                kcli.runAt("localhost:8000", "suspend-list"));
        assertEquals(new KcliRunner.Result(1, "", "Error: builder error for url (ftp://127.0.0.1/api/admin/suspend/v1)\n\n"
                + "Caused by:\n    URL scheme is not allowed\n"), kcli.runAt("ftp://127.0.0.1:21", "suspend-list"));
    }

    @Test
    void aPathInTheEndpointIsIgnored() throws Exception {
        assertEquals(0, kcli.runAt(node.url() + "/kumo/prefix/", "suspend-list").exitCode());
        assertEquals("/api/admin/suspend/v1", node.next().path());
    }

    @Test
    void userInfoIsSentAsPreemptiveBasicCredentialsAndNeverPrinted() throws Exception {
        String endpoint = "http://ops:s3cr%2Bet@127.0.0.1:" + node.port();
        assertEquals(0, kcli.runAt(endpoint, "suspend-list").exitCode());
        assertEquals("Basic b3BzOnMzY3IrZXQ=", node.next().headers().get("Authorization"));

        node.answer("GET", "/api/admin/bounce/v1", 500, TEXT, "Error: nope");
        var failed = kcli.runAt(endpoint, "bounce-list");
        assertFalse(failed.err().contains("s3cr"), failed.err());
        int port = KcliErrorsTest.closedPort();
        var refused = kcli.runAt("http://ops:s3cret@127.0.0.1:" + port, "bounce-list");
        assertEquals(1, refused.exitCode());
        assertFalse(refused.err().contains("s3cret") || refused.err().contains("ops"), refused.err());
    }

    @Test
    void withoutUserInfoNoCredentialsAreSent() throws Exception {
        assertEquals(0, kcli.runAt(node.url(), "suspend-list").exitCode());
        assertNull(node.next().headers().get("Authorization"));
    }
}
