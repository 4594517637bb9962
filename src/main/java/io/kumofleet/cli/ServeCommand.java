package io.kumofleet.cli;

import io.quarkus.runtime.Quarkus;
import picocli.CommandLine.Command;

/** Runs the gateway until it is stopped; the HTTP listener is already up when this runs. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the fleet gateway (HTTP API on quarkus.http.port, default 8080).")
public class ServeCommand implements Runnable {

    @Override
    public void run() {
        Quarkus.waitForExit();
    }
}
