package io.kumofleet.cli;

import picocli.CommandLine;

/** Prints the kumo-fleet version recorded in the jar's manifest at build time. */
public class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"kumo-fleet " + (version == null ? "development build" : version)};
    }
}
