package io.kumofleet.cli.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumofleet.cli.kcli.KcliRunner;
import io.kumofleet.support.GatewayTest;
import io.kumofleet.support.NodeApi;
import io.kumofleet.support.TestCredentials;
import io.kumofleet.support.TestFleet;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The fleet commands against a gateway test instance with three simulated nodes: output, effect and exit codes. */
@QuarkusTest
class FleetCommandsTest extends GatewayTest {

    private static final Pattern CREATED = Pattern.compile("^bounce ([0-9a-f]{8}): ", Pattern.MULTILINE);
    private static final List<String> NODES = List.of("sim-1", "sim-2", "sim-3");

    @Inject
    CommandLine.IFactory factory;

    @TestHTTPResource("/")
    URL gateway;

    private KcliRunner cli;

    @BeforeEach
    void runner() {
        cli = new KcliRunner(factory);
        cli.environment.set("KUMO_FLEET_GATEWAY", gateway.toString()).set("KUMO_FLEET_TOKEN", TestCredentials.ADMIN);
    }

    private KcliRunner.Result fleet(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "fleet";
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.run(all);
    }

    @Test
    void nodesListsEveryNodeUp() {
        KcliRunner.Result result = fleet("nodes");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("NODE  STATUS VERSION");
        NODES.forEach(n -> assertThat(result.out()).containsPattern("(?m)^" + n + " +up "));
        assertThat(result.err()).isEqualTo("3 of 3 nodes up\n");
    }

    @Test
    void bounceReachesEveryNodeAndCancelTakesItBack() throws Exception {
        KcliRunner.Result created = fleet("bounce", "--domain", "example.com", "--reason", "purge", "--duration", "30m");

        assertThat(created.exitCode()).as(created.err()).isZero();
        String id = idOf(created);
        assertThat(created.out()).contains("domain=example.com, reason \"purge\", until 2030-01-15T10:30:00Z, all nodes");
        NODES.forEach(n -> assertThat(created.out()).containsPattern("(?m)^" + n + " +applied +[0-9a-f-]{36}$"));
        NODES.forEach(n -> assertThat(NodeApi.rules(n, "bounce")).extracting(r -> r.get("reason"))
                .containsExactly("purge [fleet:" + id + "]"));

        KcliRunner.Result listed = fleet("bounce-list");
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out()).containsPattern("(?m)^" + id + " +active +3/3 applied +2030-01-15T10:30:00Z +purge +domain=example.com +all nodes$");

        KcliRunner.Result cancelled = fleet("cancel", id);
        assertThat(cancelled.exitCode()).as(cancelled.err()).isZero();
        assertThat(cancelled.out()).startsWith("bounce " + id + " cancelled: domain=example.com\n");
        NODES.forEach(n -> assertThat(cancelled.out()).containsPattern("(?m)^" + n + " +cancelled "));
        NODES.forEach(n -> assertThat(NodeApi.rules(n, "bounce")).isEmpty());
    }

    @Test
    void anOverlappingBounceIsNotedAndReplacesOnlyWhenAsked() {
        String first = idOf(fleet("bounce", "--domain", "example.com", "--reason", "long", "--duration", "30m"));

        KcliRunner.Result second = fleet("bounce", "--domain", "example.com", "--reason", "short", "--duration", "5m");

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.err()).isEqualTo("note: overlaps active bounce " + first
                + " (until 2030-01-15T10:30:00Z, on sim-1, sim-2, sim-3); all stay in force, each node keeps the rule"
                + " until the latest end (--replaces ID ends one)\n");
        NODES.forEach(n -> assertThat(NodeApi.rules(n, "bounce")).extracting(r -> r.get("reason"))
                .containsExactly("long [fleet:" + first + "]"));

        KcliRunner.Result third = fleet("bounce", "--domain", "example.com", "--reason", "instead", "--duration", "10m",
                "--replaces", first);

        assertThat(third.exitCode()).as(third.err()).isZero();
        String id = idOf(third);
        assertThat(third.err()).contains("note: overlaps active bounce " + idOf(second)).doesNotContain(first);
        // the replaced 30 minutes are gone: the node's rule now ends with the 10-minute one
        NODES.forEach(n -> assertThat(NodeApi.rules(n, "bounce")).extracting(r -> r.get("reason"), r -> r.get("duration"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("instead [fleet:" + id + "]", "10m")));
    }

    @Test
    void aNodeDownMakesAPartialFailureWithExitCode3() {
        TestFleet.await(TestFleet.node("sim-2").goDown());

        KcliRunner.Result created = fleet("suspend", "--tenant", "acme", "--reason", "quiet");

        assertThat(created.exitCode()).isEqualTo(3);
        assertThat(created.out()).containsPattern("(?m)^sim-1 +applied ").containsPattern("(?m)^sim-2 +failed +\\S")
                .containsPattern("(?m)^sim-3 +applied ");
        assertThat(created.err()).isEqualTo("1 of 3 nodes failed; the gateway keeps applying it to them until it ends"
                + " (see the list command).\n");
        assertThat(fleet("nodes").exitCode()).isEqualTo(3);
    }

    @Test
    void everyNodeDownIsAFailureWithExitCode1() {
        NODES.forEach(n -> TestFleet.await(TestFleet.node(n).goDown()));

        KcliRunner.Result created = fleet("bounce", "--domain", "example.com", "--reason", "r", "--json");

        assertThat(created.exitCode()).isEqualTo(1);
        assertThat(json(created.out()).path("outcomes").findValuesAsText("result")).containsOnly("failed").hasSize(3);
    }

    @Test
    void dryRunCountsWhatWouldBeBouncedAndCreatesNothing() {
        NODES.forEach(n -> TestFleet.node(n).queues().addMessages("acme@dry.example", 7));

        KcliRunner.Result result = fleet("bounce", "--domain", "dry.example", "--reason", "r", "--dry-run");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("dry run: 21 messages in 3 matching queues; nothing created\n");
        NODES.forEach(n -> assertThat(result.out()).containsPattern("(?m)^" + n + " +7 +1$"));
        NODES.forEach(n -> assertThat(NodeApi.rules(n, "bounce")).isEmpty());
    }

    @Test
    void targetOptionsReachOnlyTheNamedNodesAndTags() {
        KcliRunner.Result result = fleet("bounce", "--domain", "example.com", "--reason", "r", "--tag", "us", "--json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(json(result.out()).path("outcomes").findValuesAsText("node")).containsExactly("sim-3");
        assertThat(NodeApi.rules("sim-1", "bounce")).isEmpty();
    }

    @Test
    void summariesNameTheMissingNodesAndExit3() {
        TestFleet.await(TestFleet.node("sim-3").goDown());

        KcliRunner.Result queues = fleet("queue-summary", "--limit", "5");
        KcliRunner.Result providers = fleet("provider-summary");

        assertThat(queues.exitCode()).as(queues.out().replace("\n", "\\n")).isEqualTo(3);
        assertThat(queues.out()).startsWith("SITE").containsPattern("\n\nSCHEDULED QUEUE +COUNT NODES STATUS\n");
        assertThat(queues.err()).startsWith("2 of 3 nodes reporting\nnot counted: sim-3 (");
        assertThat(providers.exitCode()).isEqualTo(3);
        assertThat(providers.out()).startsWith("PROVIDER");
        assertThat(providers.err()).startsWith("2 of 3 nodes reporting\n");
    }

    @Test
    void queueSummaryShowsAFleetBounceOnTheNodesThatHoldIt() {
        TestFleet.node("sim-1").queues().addMessages("acme@marked.example", 3);
        fleet("bounce", "--domain", "marked.example", "--reason", "purge", "--node", "sim-1");

        KcliRunner.Result result = fleet("queue-summary", "--json");

        JsonNode row = json(result.out()).path("scheduled").path("rows");
        assertThat(result.exitCode()).isZero();
        assertThat(row.findValuesAsText("node")).contains("sim-1").doesNotContain("sim-2");
    }

    @Test
    void setLogFilterReachesTheNodesAndSaysWhenItReverts() {
        KcliRunner.Result result = fleet("set-log-filter", "kumod=debug", "--revert-after", "30m", "--node", "sim-2");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("log filter 'kumod=debug', reverted at 2030-01-15T10:30:00Z\n")
                .endsWith("NODE  RESULT MESSAGE\nsim-2 set\n");
    }

    @Test
    void schedulesAreCreatedListedShownAndCancelled() {
        KcliRunner.Result created = fleet("schedule", "create", "--kind", "suspension", "--tenant", "acme",
                "--reason", "quiet hours", "--cron", "0 22 * * *", "--zone", "Europe/Berlin", "--duration", "8h", "--json");
        assertThat(created.exitCode()).as(created.err()).isZero();
        String id = json(created.out()).path("id").asText();

        KcliRunner.Result listed = fleet("schedule", "list");
        assertThat(listed.out()).containsPattern("(?m)^" + id + " +active +suspension +2030-01-15T21:00:00Z +cron '0 22 \\* \\* \\*' in Europe/Berlin for 8h ");

        KcliRunner.Result shown = fleet("schedule", "show", id);
        assertThat(shown.exitCode()).isZero();
        assertThat(shown.out()).contains("2030-01-15T21:00:00Z 2030-01-16T05:00:00Z 2030-01-15T22:00:00+01:00 2030-01-16T06:00:00+01:00")
                .endsWith("no runs yet\n");

        KcliRunner.Result cancelled = fleet("schedule", "cancel", id);
        assertThat(cancelled.exitCode()).isZero();
        assertThat(cancelled.out()).isEqualTo("schedule " + id + " cancelled\n");
    }

    @Test
    void aDuplicateScheduleIsRefusedUnlessAllowed() {
        String[] quietHours = {"schedule", "create", "--kind", "suspension", "--tenant", "acme", "--reason",
            "quiet hours", "--cron", "0 22 * * *", "--zone", "Europe/Berlin", "--duration", "8h", "--json"};
        KcliRunner.Result first = fleet(quietHours);
        assertThat(first.exitCode()).as(first.err()).isZero();
        String id = json(first.out()).path("id").asText();

        KcliRunner.Result again = fleet(quietHours);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.out()).isEmpty();
        assertThat(again.err()).startsWith("Error: the gateway answered 409 Duplicate schedule: active schedule " + id
                + " has the same kind, criteria, target and timing").contains("--allow-duplicate");

        String[] allowed = Arrays.copyOf(quietHours, quietHours.length + 1);
        allowed[quietHours.length] = "--allow-duplicate";
        KcliRunner.Result anyway = fleet(allowed);
        assertThat(anyway.exitCode()).as(anyway.err()).isZero();
        assertThat(json(anyway.out()).path("id").asText()).isNotEqualTo(id);
    }

    @Test
    void badScheduleInputIsTheGatewaysClearMessage() {
        KcliRunner.Result result = fleet("schedule", "create", "--kind", "bounce", "--domain", "x.example",
                "--reason", "r", "--cron", "0 25 * * *", "--zone", "Europe/Berlin", "--duration", "1h");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("Error: the gateway answered 4").contains("cron");
    }

    @Test
    void auditShowsWhoDidWhat() {
        fleet("bounce", "--domain", "example.com", "--reason", "r");

        KcliRunner.Result result = fleet("audit", "--action", "create-bounce");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).containsPattern("(?m)^\\S+ +test-admin +create-bounce +[0-9a-f]{8} +3/3 ok$");
    }

    @Test
    void auditPassesItsFiltersToTheGateway() {
        String onSim1 = idOf(fleet("bounce", "--domain", "a.example", "--reason", "r", "--node", "sim-1"));
        String everywhere = idOf(fleet("bounce", "--domain", "b.example", "--reason", "r"));
        fleet("cancel", everywhere);

        assertThat(fleet("audit", "--node", "sim-3").out()).doesNotContain(onSim1)
                .containsPattern("(?m)^\\S+ +test-admin +cancel-bounce +" + everywhere + " +3/3 ok$")
                .containsPattern("(?m)^\\S+ +test-admin +create-bounce +" + everywhere + " +3/3 ok$");
        KcliRunner.Result one = fleet("audit", "--directive", onSim1, "--node", "sim-1", "--actor", "test-admin",
                "--action", "create-bounce");
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(one.out().lines().skip(1)).singleElement().asString()
                .matches("\\S+ +test-admin +create-bounce +" + onSim1 + " +1/1 ok");
        assertThat(fleet("audit", "--directive", everywhere, "--actor", "system:expiry").out().lines().skip(1)).isEmpty();

        KcliRunner.Result bad = fleet("audit", "--directive", "nope");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).startsWith("Error: the gateway answered 422").contains("directive must be a fleet id");
    }

    @Test
    void auditHelpNamesTheGatewaysOwnActors() {
        KcliRunner.Result help = fleet("audit", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out().replaceAll("\\s+", " ")).contains("--directive=<ID>", "--node=<NAME>", "--actor=<NAME>",
                "system:expiry", "end-window-<kind>", "system:reconciler", "reapply-<kind>", "finish-cancel-<kind>",
                "system:log-filter-revert");
    }

    @Test
    void theGatewayCanBeNamedBeforeOrAfterTheSubcommand() {
        cli.environment.set("KUMO_FLEET_GATEWAY", "http://127.0.0.1:1/");

        assertThat(cli.run("fleet", "--gateway", gateway.toString(), "nodes").exitCode()).isZero();
        assertThat(cli.run("fleet", "nodes", "--gateway", gateway.toString()).exitCode()).isZero();
    }

    @Test
    void anUnreachableGatewaySaysSoAndExits1() {
        cli.environment.set("KUMO_FLEET_GATEWAY", "http://127.0.0.1:1");

        KcliRunner.Result result = fleet("nodes");

        assertThat(result).isEqualTo(new KcliRunner.Result(1, "", "Error: cannot reach the gateway at http://127.0.0.1:1/:"
                + " connection refused (is it running? give its URL with --gateway or KUMO_FLEET_GATEWAY)\n"));
    }

    @Test
    void aMissingOrRefusedTokenIs401WithAHintAndTheTokenIsNeverPrinted() {
        cli.environment.set("KUMO_FLEET_TOKEN", "");
        KcliRunner.Result missing = fleet("nodes");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).startsWith("Error: the gateway answered 401").contains("set KUMO_FLEET_TOKEN");

        cli.environment.set("KUMO_FLEET_TOKEN", "not-a-token-5e1d");
        KcliRunner.Result refused = fleet("nodes");
        assertThat(refused.err()).contains("(the token was refused)").doesNotContain("not-a-token-5e1d");
    }

    @Test
    void theTokenComesFromTheOptionElseTheVariableElseTheBootstrapFile(@TempDir Path workingDirectory) throws Exception {
        cli.environment.set("KUMO_FLEET_TOKEN", "").workingDirectory(workingDirectory);
        assertThat(fleet("--token", TestCredentials.VIEWER, "nodes").exitCode()).isZero();
        assertThat(fleet("nodes").exitCode()).isEqualTo(1);

        Files.createDirectories(workingDirectory.resolve(".kumo-fleet"));
        Files.writeString(workingDirectory.resolve(".kumo-fleet/admin-token"), TestCredentials.ADMIN + "\n");
        KcliRunner.Result bootstrap = fleet("bounce", "--domain", "example.com", "--reason", "r");

        assertThat(bootstrap.exitCode()).as(bootstrap.err()).isZero();
        assertThat(bootstrap.out() + bootstrap.err()).doesNotContain(TestCredentials.ADMIN);
    }

    @Test
    void aViewerMayListButNotBounce() {
        cli.environment.set("KUMO_FLEET_TOKEN", TestCredentials.VIEWER);

        assertThat(fleet("bounce-list").exitCode()).isZero();
        KcliRunner.Result refused = fleet("bounce", "--domain", "example.com", "--reason", "r");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).startsWith("Error: the gateway answered 403");
        NODES.forEach(n -> assertThat(NodeApi.rules(n, "bounce")).isEmpty());
    }

    @Test
    void anOperatorNeedsAdminForEverything() {
        cli.environment.set("KUMO_FLEET_TOKEN", TestCredentials.OPERATOR);

        KcliRunner.Result refused = fleet("bounce", "--everything", "--reason", "r");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).startsWith("Error: the gateway answered 403");
    }

    @Test
    void usageErrorsExit2AndSendNothing() {
        KcliRunner.Result noSelection = fleet("bounce", "--reason", "r");
        KcliRunner.Result badId = fleet("cancel", "../nodes");
        KcliRunner.Result badUrl = fleet("nodes", "--gateway", "ftp://example.com");

        assertThat(noSelection.exitCode()).isEqualTo(2);
        assertThat(noSelection.err()).startsWith("error: Missing required argument");
        assertThat(badId.exitCode()).isEqualTo(2);
        assertThat(badId.err()).startsWith("error: invalid directive id '../nodes'");
        assertThat(badUrl.exitCode()).isEqualTo(2);
        assertThat(badUrl.err()).startsWith("error: invalid gateway URL 'ftp://example.com'");
    }

    @Test
    void cancellingAnUnknownIdSaysSo() {
        KcliRunner.Result result = fleet("cancel", "0badc0de");

        assertThat(result).isEqualTo(new KcliRunner.Result(1, "", "Error: no fleet directive has the id '0badc0de'\n"));
    }

    private static String idOf(KcliRunner.Result result) {
        Matcher m = CREATED.matcher(result.out());
        assertThat(m.find()).as(result.out()).isTrue();
        return m.group(1);
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
