package io.kumofleet.cli;

import org.eclipse.microprofile.config.ConfigProvider;
import picocli.CommandLine;

/**
 * Prints the kumo-fleet version Quarkus records at build time ({@code quarkus.application.version}, the
 * pom's). Read from the configuration rather than a jar manifest: in the command-mode build (aot-jar
 * packaging) the package of this class is first defined by a generated jar that has no version entry.
 */
public class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = ConfigProvider.getConfig().getOptionalValue("quarkus.application.version", String.class)
                .orElse("development build");
        return new String[] {"kumo-fleet " + version};
    }
}
