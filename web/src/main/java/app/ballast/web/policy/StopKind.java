package app.ballast.web.policy;

/** A stop that follows the price up (TRAILING) or one that stays where it was set (FIXED). */
public enum StopKind {
    TRAILING,
    FIXED
}
