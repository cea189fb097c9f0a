package app.ballast.domain;

/** How loudly a warning speaks: a note to read, a reason for care, or a call to act. */
public enum Severity {
    INFO,
    CAUTION,
    WARNING
}
