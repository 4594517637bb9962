package io.kumofleet.kumo.wire;

/** Body of set_diagnostic_log_filter: tracing EnvFilter directives such as {@code kumod=debug}. */
public record SetDiagnosticFilterRequest(String filter) {}
