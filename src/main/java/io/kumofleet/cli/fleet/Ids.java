package io.kumofleet.cli.fleet;

import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Ids given on the command line go into URL paths; anything but an id's characters is a usage error. */
final class Ids {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private Ids() {}

    static void check(CommandLine commandLine, String id, String what) {
        if (!ID.matcher(id).matches()) {
            throw new ParameterException(commandLine, "invalid " + what + " id '" + id
                    + "': expected letters, digits, '-' or '_', as the list commands print it");
        }
    }
}
