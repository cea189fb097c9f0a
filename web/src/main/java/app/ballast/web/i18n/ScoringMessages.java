package app.ballast.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import java.time.LocalDate;

/**
 * The texts of the scoring pages (score cards, weight profiles, warnings, tokenomics, market data):
 * {@code {score:key}} in templates; English in messages/score_en.properties, Simplified Chinese in
 * messages/score_zh-CN.properties. See {@link Messages} for the conventions.
 */
@MessageBundle(value = "score", locale = "en")
public interface ScoringMessages {

    // Score card model (seed 000 §6.1): dimensions by key, criteria by path
    @Message
    String dimension(String v);
    @Message
    String dimension_short(String v);
    @Message
    String criterion(String v);

    // Score cards
    @Message
    String dimension_zh(String v);
    @Message
    String criterion_zh(String v);
    @Message
    String scores_title();
    @Message
    String scores_intro();
    @Message
    String scores_latest_total();
    @Message
    String scores_scored_on();
    @Message
    String scores_yours();
    @Message
    String scores_not_scored();
    @Message
    String card_title(String symbol);
    @Message
    String card_all();
    @Message
    String card_add_tokenomics();
    @Message
    String card_new_evaluation();
    @Message
    String card_weight_profile();
    @Message
    String card_weights_order();
    @Message
    String card_out_of(String points);
    @Message
    String card_fill_in();
    @Message
    String card_preview();
    @Message
    String card_notes();
    @Message
    String card_save();
    @Message
    String card_history();
    @Message
    String card_no_history(String symbol);
    @Message
    String card_chart_series();
    @Message
    String card_chart_label();
    @Message
    String card_changed();
    @Message
    String card_journal_note();
    @Message
    String card_first();
    @Message
    String card_nothing();
    @Message
    String card_delete_evaluation(LocalDate day);
    @Message
    String card_events();
    @Message
    String card_events_intro();
    @Message
    String card_event_not_recorded();
    @Message
    String card_what_happened();
    @Message
    String card_record_event();
    @Message
    String card_delete_event(LocalDate day);

    // Weight profiles
    @Message
    String profiles_title();
    @Message
    String profiles_intro();
    @Message
    String profiles_built_in();
    @Message
    String profiles_delete(String name);
    @Message
    String profiles_edit();
    @Message
    String profiles_new();
    @Message
    String profiles_weight(String v);
    @Message
    String profiles_save();

    // Warnings
    @Message
    String warnings_intro(int count);
    @Message
    String warnings_count(int count);
    @Message
    String warnings_thresholds();
    @Message
    String warnings_t_fdv();
    @Message
    String warnings_t_low_volume();
    @Message
    String warnings_t_low_volume_value(String share, int days);
    @Message
    String warnings_t_thin();
    @Message
    String warnings_t_fear_greed();
    @Message
    String warnings_t_above_below(int high, int low);
    @Message
    String warnings_t_below_above(String low, String high);
    @Message
    String warnings_t_top10();
    @Message
    String warnings_t_team();
    @Message
    String warnings_t_team_value(String share, int months);
    @Message
    String warnings_t_unlock(int days);
    @Message
    String warnings_t_unlock_value(String share);
    @Message
    String warnings_t_apy();
    @Message
    String warnings_t_apy_value(String multiple, String yield);
    @Message
    String warnings_t_score();
    @Message
    String warnings_t_score_value(int days);
    @Message
    String warnings_settings();
    @Message
    String warnings_enter_on();

    // Warnings table (tags/scoringWarnings)
    @Message
    String warnings_none();
    @Message
    String warnings_rule();
    @Message
    String warnings_severity();
    @Message
    String warnings_about();
    @Message
    String warnings_figures();
    @Message
    String warnings_whole_market();

    // Tokenomics
    @Message
    String tokenomics_intro();
    @Message
    String tokenomics_fdv_mc();
    @Message
    String tokenomics_not_entered();
    @Message
    String tokenomics_open();
    @Message
    String tokenomics_enter();
    @Message
    String tokenomics_title(String symbol);
    @Message
    String tokenomics_all();
    @Message
    String tokenomics_price_close(String price, String day);
    @Message
    String tokenomics_price_entered(String price);
    @Message
    String tokenomics_no_price();
    @Message
    String tokenomics_fdv();
    @Message
    String tokenomics_fdv_mc_note();
    @Message
    String tokenomics_inflation();
    @Message
    String tokenomics_inflation_note(String monthly);
    @Message
    String tokenomics_real_yield();
    @Message
    String tokenomics_real_yield_note(String revenue);
    @Message
    String tokenomics_emission_share();
    @Message
    String tokenomics_emission_share_note(String apy);
    @Message
    String tokenomics_unlocks_after_tge(int months, LocalDate start);
    @Message
    String tokenomics_unlocks_today(int months);
    @Message
    String tokenomics_months_shown();
    @Message
    String tokenomics_chart_series();
    @Message
    String tokenomics_chart_label();
    @Message
    String tokenomics_ends_on();
    @Message
    String tokenomics_pct_circulating();
    @Message
    String tokenomics_inputs();
    @Message
    String tokenomics_enter_of(String symbol);
    @Message
    String tokenomics_inputs_note();
    @Message
    String tokenomics_field(String v);
    @Message
    String tokenomics_schedule_start();
    @Message
    String tokenomics_buckets();
    @Message
    String tokenomics_share();
    @Message
    String tokenomics_cliff();
    @Message
    String tokenomics_vesting();
    @Message
    String tokenomics_bucket_name(int row);
    @Message
    String tokenomics_bucket_share(int row);
    @Message
    String tokenomics_bucket_cliff(int row);
    @Message
    String tokenomics_bucket_vesting(int row);
    @Message
    String tokenomics_buckets_note();
    @Message
    String tokenomics_save();
    @Message
    String tokenomics_delete(String symbol);

    // Market data
    @Message
    String market_intro();
    @Message
    String market_enter_day();
    @Message
    String market_field(String v);
    @Message
    String market_import_title();
    @Message
    String market_import_columns();
    @Message
    String market_import_note();
    @Message
    String market_nothing_imported();
    @Message
    String market_csv_file();
    @Message
    String market_import();
    @Message
    String market_entered();
    @Message
    String market_nothing_entered();
    @Message
    String market_top10();
    @Message
    String market_volume();
    @Message
    String market_source();
    @Message
    String market_market();
    @Message
    String market_delete(LocalDate day);
}
