package app.ballast.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the operations pages (notifications, prices, jobs): {@code {ops:key}} in templates,
 * {@link OpsPageMessages#current()} in the page classes; English in messages/ops_en.properties, Simplified
 * Chinese in messages/ops_zh-CN.properties. See {@link Messages} for the conventions.
 */
@MessageBundle(value = "ops", locale = "en")
public interface OpsMessages {

    // Shared words of these pages
    @Message
    String ops_outcome();
    @Message
    String ops_never();
    @Message
    String ops_source();
    @Message
    String ops_ago(String age);
    @Message
    String ops_seconds(long n);
    @Message
    String ops_minutes(long n);
    @Message
    String ops_hours(long n);
    @Message
    String ops_days(long n);

    // Names of enum constants
    @Message
    String notification_kind(String v);
    @Message
    String provider_outcome(String v);
    @Message
    String job_outcome(String v);
    @Message
    String job_trigger(String v);
    @Message
    String job_misfire(String v);

    // Notifications
    @Message
    String notifications_title();
    @Message
    String notifications_unread(long unread);
    @Message
    String notifications_mark_all_read();
    @Message
    String notifications_empty();
    @Message
    String notifications_when();
    @Message
    String notifications_what();
    @Message
    String notifications_new();
    @Message
    String notifications_open();
    @Message
    String notifications_mark_read();
    @Message
    String notifications_settings_title();
    @Message
    String notifications_settings_intro();
    @Message
    String notifications_email_off();
    @Message
    String notifications_email();
    @Message
    String notifications_email_enabled();
    @Message
    String notifications_webhook_url();
    @Message
    String notifications_webhook_enabled();
    @Message
    String notifications_admin_title();
    @Message
    String notifications_admin_intro();
    @Message
    String notifications_allow_private();

    // Prices
    @Message
    String prices_title();
    @Message
    String prices_intro(String refreshEvery, String maxAge);
    @Message
    String prices_feeds();
    @Message
    String prices_no_refresh();
    @Message
    String prices_feed();
    @Message
    String prices_last_refresh();
    @Message
    String prices_values();
    @Message
    String prices_last_delivered();
    @Message
    String prices_details();
    @Message
    String prices_latest();
    @Message
    String prices_none();
    @Message
    String prices_price_usd();
    @Message
    String prices_age();
    @Message
    String prices_volume();
    @Message
    String prices_circulating();
    @Message
    String prices_total_supply();
    @Message
    String prices_stale();
    @Message
    String prices_source_name(String v);
    @Message
    String prices_held_title();
    @Message
    String prices_held_intro();
    @Message
    String prices_held_none();
    @Message
    String prices_held_price();
    @Message
    String prices_last_accepted();
    @Message
    String prices_move();
    @Message
    String prices_enter_title();
    @Message
    String prices_enter_intro();
    @Message
    String prices_time_utc();
    @Message
    String prices_save();
    @Message
    String prices_import_title();
    @Message
    String prices_import_columns();
    @Message
    String prices_import_rules();
    @Message
    String prices_nothing_imported();
    @Message
    String prices_csv_file();
    @Message
    String prices_import();
    @Message
    String prices_admin_only();
    @Message
    String prices_entered(String symbol);
    @Message
    String prices_imported(int count);
    @Message
    String prices_price_required();
    @Message
    String prices_time_invalid(String text);
    @Message
    String prices_choose_file();
    @Message
    String prices_unreadable(String reason);

    // Jobs
    @Message
    String jobs_title();
    @Message
    String jobs_intro();
    @Message
    String jobs_admin_runs();
    @Message
    String jobs_only_admin();
    @Message
    String jobs_scheduled();
    @Message
    String jobs_job();
    @Message
    String jobs_schedule();
    @Message
    String jobs_last_run();
    @Message
    String jobs_duration();
    @Message
    String jobs_next_run();
    @Message
    String jobs_run();
    @Message
    String jobs_purpose(String id, String purpose);
    @Message
    String jobs_missed();
    @Message
    String jobs_cron(String cron, String zone);
    @Message
    String jobs_every(long n, String unit);
    @Message
    String jobs_not_scheduled();
    @Message
    String jobs_run_now();
    @Message
    String jobs_latest_runs();
    @Message
    String jobs_no_runs();
    @Message
    String jobs_started();
    @Message
    String jobs_by();
    @Message
    String jobs_instance();
    @Message
    String jobs_running();
    @Message
    String jobs_units();
    @Message
    String jobs_changes();
    @Message
    String jobs_queued(String job);
    @Message
    String jobs_forbidden();
    @Message
    String jobs_unknown(String id);
}
