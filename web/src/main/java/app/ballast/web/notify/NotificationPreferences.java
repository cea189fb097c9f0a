package app.ballast.web.notify;

/**
 * How a user wants to hear of notifications besides the in-app centre: by e-mail, by a webhook, both or
 * neither. The JSON of {@code /api/notification-settings}; a switch left out is off.
 */
public record NotificationPreferences(String email, String webhookUrl, Boolean emailEnabled, Boolean webhookEnabled) {

    public static final NotificationPreferences NONE = new NotificationPreferences(null, null, false, false);

    public NotificationPreferences {
        emailEnabled = Boolean.TRUE.equals(emailEnabled);
        webhookEnabled = Boolean.TRUE.equals(webhookEnabled);
    }
}
