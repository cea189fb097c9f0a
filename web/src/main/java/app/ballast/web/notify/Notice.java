package app.ballast.web.notify;

import app.ballast.domain.InvalidValueException;

/**
 * One event to tell a user about. {@code eventKey} is the event's stable identity ("trigger:123",
 * "dca:45:2026-11-22"): the same user and key notify once, however often the event is reported.
 * {@code link} is a path inside the app ("/plans") or null.
 */
public record Notice(long userId, String eventKey, NotificationKind kind, String title, String body, String link) {

    public static final int EVENT_KEY_MAX = 190;
    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 4000;
    public static final int LINK_MAX = 500;

    public Notice {
        if (userId <= 0) {
            throw new InvalidValueException("userId", "userId must be a user's id, was " + userId);
        }
        eventKey = required("eventKey", eventKey, EVENT_KEY_MAX);
        if (kind == null) {
            throw new InvalidValueException("kind", "kind is required");
        }
        title = required("title", title, TITLE_MAX);
        body = body == null ? "" : body.strip();
        if (body.length() > BODY_MAX) {
            throw new InvalidValueException("body", "body may have at most " + BODY_MAX + " characters, had "
                    + body.length());
        }
        if (link != null) {
            link = link.strip();
            // A path of this app only: "//host" and "/\host" are other sites to a browser.
            if (!link.startsWith("/") || link.startsWith("//") || link.startsWith("/\\") || link.length() > LINK_MAX
                    || link.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
                throw new InvalidValueException("link", "link must be a path inside Ballast such as /plans "
                        + "(at most " + LINK_MAX + " characters, no spaces)");
            }
        }
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, field + " is required");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidValueException(field, field + " may have at most " + max + " characters, had "
                    + stripped.length());
        }
        return stripped;
    }
}
