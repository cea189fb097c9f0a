package app.ballast.web.notify;

/** What a notification is about; stored by name, so constants may be added but never renamed or removed. */
public enum NotificationKind {
    STOP_TRIGGERED,
    TAKE_PROFIT,
    DCA_EXECUTED,
    DCA_SUGGESTED,
    DCA_MISSED,
    DCA_SKIPPED,
    REBALANCE_SUGGESTED,
    WARNING,
    JOB_FAILED
}
