package io.kumofleet.cli.fleet;

/** The fleet commands' exit codes: scripts tell a partial failure from a total one. */
final class ExitCode {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int PARTIAL = 3;

    private ExitCode() {}

    /** 0 when every node succeeded (or none was involved), 1 when none did, 3 otherwise. */
    static int of(int succeeded, int total) {
        if (succeeded == total) {
            return OK;
        }
        return succeeded == 0 ? FAILED : PARTIAL;
    }
}
