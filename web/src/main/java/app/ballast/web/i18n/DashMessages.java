package app.ballast.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the dashboard: {@code {dash:key}} in templates; English in messages/dash_en.properties, Simplified
 * Chinese in messages/dash_zh-CN.properties. See {@link Messages} for the conventions.
 */
@MessageBundle(value = "dash", locale = "en")
public interface DashMessages {

    @Message
    String dash_today();
    @Message
    String dash_since_close(java.time.LocalDate day);
    @Message
    String dash_since_start();
    @Message
    String dash_of_cost();
    @Message
    String dash_direction(String v);
    @Message
    String dash_value_over_time();
    @Message
    String dash_value_chart_label();
    @Message
    String dash_value();
    @Message
    String dash_cost();
    @Message
    String dash_profit();
    @Message
    String dash_weekly(int n);
    @Message
    String dash_daily(int n);
    @Message
    String dash_no_history();
    @Message
    String dash_table_view();
    @Message
    String dash_actual();
    @Message
    String dash_target_ring();
    @Message
    String dash_rings();
    @Message
    String dash_donut_aria();
    @Message
    String dash_by_asset_tier();
    @Message
    String dash_in_band();
    @Message
    String dash_out_of_band();
    @Message
    String dash_under_cap();
    @Message
    String dash_sector_cap(String cap);
    @Message
    String dash_asset_cap(String cap);
    @Message
    String dash_over_cap();
    @Message
    String dash_over_sector_cap();
    @Message
    String dash_suggestions();
    @Message
    String dash_no_suggestions();
    @Message
    String dash_suggestion(long id);
    @Message
    String dash_trades(int n);
    @Message
    String dash_more_suggestions(long n);
    @Message
    String dash_review();
}
