package io.kumofleet.cli.kcli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kumofleet.support.FakeKumod;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import picocli.CommandLine;

/**
 * kcli commands run in-process against a fresh {@link FakeKumod} per test; afterwards every request
 * kcli made must match kumod's API document.
 */
public abstract class FakeNodeKcliTest {

    @Inject
    CommandLine.IFactory factory;

    public FakeKumod node;
    public KcliRunner kcli;

    @BeforeEach
    void startFakeNode() throws Exception {
        node = FakeKumod.start();
        kcli = new KcliRunner(factory);
    }

    @AfterEach
    void stopFakeNode() throws Exception {
        try {
            assertEquals(List.of(), node.violations(), "kcli's requests must match kumod's API document");
        } finally {
            node.close();
        }
    }

    /** kcli with {@code args}, its endpoint the fake node. */
    KcliRunner.Result run(String... args) {
        return kcli.runAt(node.url(), args);
    }

    /** Exit 0, {@code out} on stdout, nothing on stderr. */
    static KcliRunner.Result ok(String out) {
        return new KcliRunner.Result(0, out, "");
    }
}
