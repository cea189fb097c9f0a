package app.ballast.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the pages, by key: {msg:key} in templates, {@link RequestLanguage#messages()} in Java.
 * The English texts are in messages/msg_en.properties, the Simplified Chinese ones in
 * messages/msg_zh-CN.properties; a method here without its line in msg_en fails the build (docs/i18n.md).
 * Methods taking {@code String v} name an enum constant ({@code h.tier.name}) and choose its words.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {

    // Layout: navigation, footer, language switch
    @Message
    String nav_main();
    @Message
    String nav_dashboard();
    @Message
    String nav_holdings();
    @Message
    String nav_transactions();
    @Message
    String nav_accounts();
    @Message
    String nav_assets();
    @Message
    String nav_scores();
    @Message
    String nav_tokenomics();
    @Message
    String nav_warnings();
    @Message
    String nav_market_inputs();
    @Message
    String nav_policy();
    @Message
    String nav_rebalance();
    @Message
    String nav_plans();
    @Message
    String nav_backtest();
    @Message
    String nav_sign_out();
    @Message
    String footer_text();
    @Message
    String language_label();

    // Sign-in and sign-up
    @Message
    String login_title();
    @Message
    String login_failed();
    @Message
    String login_signed_up();
    @Message
    String login_new_here();
    @Message
    String login_create_account();
    @Message
    String auth_username();
    @Message
    String auth_password();
    @Message
    String signup_title();
    @Message
    String signup_closed();
    @Message
    String signup_password();
    @Message
    String signup_button();
    @Message
    String signup_have_account();

    // Names of enum constants: {msg:tier(h.tier.name)}; the #else shows an unknown name as it is
    @Message
    String tier(String v);
    @Message
    String tx_type(String v);
    @Message
    String account_kind(String v);
    @Message
    String event_kind(String v);
    @Message
    String rule(String v);
    @Message
    String severity(String v);
    @Message
    String recommendation(String v);
    @Message
    String side(String v);
    @Message
    String rebalance_mode(String v);
    @Message
    String suggestion_kind(String v);
    @Message
    String suggestion_status(String v);
    @Message
    String execution_status(String v);
    @Message
    String stop_status(String v);
    @Message
    String stop_kind(String v);
    @Message
    String trigger_kind(String v);
    @Message
    String dca_frequency(String v);
    @Message
    String weekday(String v);

    // Shared words
    @Message
    String common_asset();
    @Message
    String common_value();
    @Message
    String common_weight();
    @Message
    String common_bar();
    @Message
    String common_quantity();
    @Message
    String common_price();
    @Message
    String common_date();
    @Message
    String common_amount();
    @Message
    String common_actions();
    @Message
    String common_links();
    @Message
    String common_delete();
    @Message
    String common_save();
    @Message
    String common_cancel();
    @Message
    String common_edit();
    @Message
    String common_name();
    @Message
    String common_kind();
    @Message
    String common_tier();
    @Message
    String common_sector();
    @Message
    String common_status();
    @Message
    String common_why();
    @Message
    String common_fee();
    @Message
    String common_total();
    @Message
    String common_note();
    @Message
    String common_account();
    @Message
    String common_type();
    @Message
    String common_time();
    @Message
    String common_choose();
    @Message
    String common_none();
    @Message
    String common_warnings();
    @Message
    String common_profile();
    @Message
    String common_recommendation();
    @Message
    String common_score_card();
    @Message
    String common_tokenomics();
    @Message
    String common_last_price();
    @Message
    String common_stop_price();
    @Message
    String common_above_stop();
    @Message
    String common_not_saved();
    @Message
    String common_market_cap();
    @Message
    String common_average_cost();
    @Message
    String common_cost_basis();
    @Message
    String common_market_value();
    @Message
    String common_filter();
    @Message
    String common_add();
    @Message
    String common_show();
    @Message
    String common_month();
    @Message
    String common_fee_rate();
    @Message
    String common_target();
    @Message
    String common_now();
    @Message
    String common_after_trades();
    @Message
    String common_position();
    @Message
    String common_armed_from();

    // Dashboard
    @Message
    String dashboard_price_age(String when);
    @Message
    String dashboard_price_age_stale(String when, long days);
    @Message
    String dashboard_totals();
    @Message
    String dashboard_unrealized();
    @Message
    String dashboard_realized();
    @Message
    String dashboard_empty_title();
    @Message
    String dashboard_empty_text();
    @Message
    String dashboard_by_tier();
    @Message
    String dashboard_by_sector();
    @Message
    String dashboard_by_asset();
    @Message
    String dashboard_against_policy();
    @Message
    String dashboard_core_sleeve();
    @Message
    String dashboard_core_band(String min, String max, String target);
    @Message
    String dashboard_outside();
    @Message
    String dashboard_largest();
    @Message
    String dashboard_cap(String cap);
    @Message
    String dashboard_over();
    @Message
    String dashboard_no_warnings();
    @Message
    String dashboard_next_buys();
    @Message
    String dashboard_no_dca();
    @Message
    String dashboard_add_one();
    @Message
    String dashboard_closest_stops();
    @Message
    String dashboard_no_stops();
    @Message
    String dashboard_set_one();
    @Message
    String dashboard_all_plans();
    @Message
    String dashboard_positions();
    @Message
    String dashboard_profit();
    @Message
    String dashboard_all_holdings();
    @Message
    String tx_add();

    // Holdings
    @Message
    String holdings_cost_method();
    @Message
    String holdings_moving_average();
    @Message
    String holdings_fifo();
    @Message
    String holdings_apply();
    @Message
    String holdings_empty();
    @Message
    String holdings_record_buy();
    @Message
    String holdings_unrealized();
    @Message
    String holdings_realized();
    @Message
    String holdings_closed();

    // Transactions
    @Message
    String tx_all_assets();
    @Message
    String tx_empty();
    @Message
    String tx_empty_for(String symbol);
    @Message
    String tx_pages();
    @Message
    String tx_newer();
    @Message
    String tx_older();
    @Message
    String tx_page_of(int page, int pages, long total);
    @Message
    String tx_edit();
    @Message
    String tx_to_account();
    @Message
    String tx_price_per_unit();
    @Message
    String tx_fee_asset();
    @Message
    String tx_time_utc();
    @Message
    String tx_note();
    @Message
    String tx_delete_title();
    @Message
    String tx_delete_question();
    @Message
    String tx_delete_at(String price);
    @Message
    String tx_delete_on(String time, String account);
    @Message
    String tx_keep();

    // Accounts
    @Message
    String accounts_empty();
    @Message
    String accounts_add();

    // Assets
    @Message
    String assets_intro();
    @Message
    String assets_symbol();
    @Message
    String assets_latest_price();
    @Message
    String assets_as_of();
    @Message
    String assets_stablecoin();
    @Message
    String assets_no_price();

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
    String common_related();
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
    String card_delete_evaluation(java.time.LocalDate day);
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
    String card_delete_event(java.time.LocalDate day);

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

    // Form field errors composed by the pages (FormFields, FormNumbers, TransactionForm, PolicyForm)
    @Message
    String form_not_a_number(String field, String text);
    @Message
    String form_not_a_number_plain(String field, String text);
    @Message
    String form_not_whole(String field, String text);
    @Message
    String form_not_a_day(String field, String text);
    @Message
    String policy_weight_without_asset(int row);
    @Message
    String policy_weight_required(String symbol);

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
    String tokenomics_unlocks_after_tge(int months, java.time.LocalDate start);
    @Message
    String tokenomics_unlocks_today(int months);
    @Message
    String tokenomics_months_shown();
    @Message
    String tokenomics_chart_series();
    @Message
    String tokenomics_chart_label();
    @Message
    String tokenomics_month_n(int month);
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
    String market_delete(java.time.LocalDate day);
    @Message
    String market_imported(int count);
    @Message
    String market_date_required();
    @Message
    String market_choose_file();
    @Message
    String market_unreadable(String reason);

    // Policy
    @Message
    String policy_intro();
    @Message
    String policy_defaults();
    @Message
    String policy_saved();
    @Message
    String policy_core_assets();
    @Message
    String policy_weight_in_core();
    @Message
    String policy_core_asset_n(java.lang.Integer n);
    @Message
    String policy_core_weight_n(java.lang.Integer n);
    @Message
    String policy_satellites_title();
    @Message
    String policy_core_exempt();
    @Message
    String policy_satellite_weights();
    @Message
    String policy_relative_weight();
    @Message
    String policy_satellite_n(java.lang.Integer n);
    @Message
    String policy_satellite_weight_n(java.lang.Integer n);
    @Message
    String policy_save();
    @Message
    String policy_see_suggestions();
    @Message
    String policy_field(String v);
    @Message
    String policy_hint(String v);

    // Rebalance
    @Message
    String rebalance_intro_before();
    @Message
    String rebalance_intro_policy();
    @Message
    String rebalance_intro_after();
    @Message
    String rebalance_sleeves();
    @Message
    String rebalance_sleeve();
    @Message
    String rebalance_core();
    @Message
    String rebalance_satellites();
    @Message
    String rebalance_cash();
    @Message
    String rebalance_unmet();
    @Message
    String rebalance_per_asset();
    @Message
    String rebalance_trades_now();
    @Message
    String rebalance_no_trades();
    @Message
    String rebalance_side();
    @Message
    String rebalance_mode_label();
    @Message
    String rebalance_mode_full();
    @Message
    String rebalance_mode_buy_only();
    @Message
    String rebalance_new_cash();
    @Message
    String rebalance_make();
    @Message
    String rebalance_open_count(int shown, long open);
    @Message
    String rebalance_suggestion(long id);
    @Message
    String rebalance_made(String time);
    @Message
    String rebalance_nothing_recorded();
    @Message
    String rebalance_no_trades_nothing();
    @Message
    String rebalance_suggested_price();
    @Message
    String rebalance_fill_price();
    @Message
    String rebalance_fill_price_of(String symbol);
    @Message
    String rebalance_accept();
    @Message
    String rebalance_dismiss();
    @Message
    String rebalance_earlier();
    @Message
    String rebalance_suggestion_col();
    @Message
    String rebalance_made_col();
    @Message
    String rebalance_decided();
    @Message
    String rebalance_trades();
    @Message
    String rebalance_notice_created();
    @Message
    String rebalance_notice_accepted();
    @Message
    String rebalance_notice_dismissed();

    // Plans: DCA (定投), stops (动态止损), take-profit ladders (分批止盈)
    @Message
    String plans_notice_ran(String count);
    @Message
    String plans_notice_dca_created();
    @Message
    String plans_notice_dca_deleted();
    @Message
    String plans_notice_stop_created();
    @Message
    String plans_notice_stop_deleted();
    @Message
    String plans_notice_ladder_created();
    @Message
    String plans_notice_ladder_deleted();
    @Message
    String plans_notice_recorded();
    @Message
    String plans_notice_skipped();
    @Message
    String plans_dca_title();
    @Message
    String plans_run_due();
    @Message
    String plans_no_dca();
    @Message
    String plans_when();
    @Message
    String plans_from();
    @Message
    String plans_spent();
    @Message
    String plans_records();
    @Message
    String plans_next_buy();
    @Message
    String plans_last_run();
    @Message
    String dca_every_day();
    @Message
    String dca_every_weekday(String v);
    @Message
    String dca_every_other_weekday(String v);
    @Message
    String dca_monthly_on(java.lang.Integer day);
    @Message
    String plans_to();
    @Message
    String plans_spent_of(String spent, String budget);
    @Message
    String plans_buys_at_close();
    @Message
    String plans_suggests();
    @Message
    String plans_executions(long count);
    @Message
    String plans_executions_some(long count, int shown);
    @Message
    String plans_record();
    @Message
    String plans_skip();
    @Message
    String plans_add_dca();
    @Message
    String plans_amount_usd();
    @Message
    String plans_frequency();
    @Message
    String plans_weekday();
    @Message
    String plans_day_of_month();
    @Message
    String plans_start();
    @Message
    String plans_end();
    @Message
    String plans_budget();
    @Message
    String plans_auto_record();
    @Message
    String plans_add_plan();
    @Message
    String plans_stops_title();
    @Message
    String plans_no_stops();
    @Message
    String plans_armed();
    @Message
    String plans_high_water();
    @Message
    String plans_trailing(String trail);
    @Message
    String plans_under_cost(String pct);
    @Message
    String plans_sells(String fraction);
    @Message
    String plans_set_stop();
    @Message
    String plans_trail();
    @Message
    String plans_price_fixed();
    @Message
    String plans_below_cost();
    @Message
    String plans_sell_fraction();
    @Message
    String plans_set_the_stop();
    @Message
    String plans_ladders_title();
    @Message
    String plans_no_ladders();
    @Message
    String plans_target_gain();
    @Message
    String plans_steps_done();
    @Message
    String plans_next_step();
    @Message
    String plans_trailing_tp();
    @Message
    String plans_then_trail(String trail);
    @Message
    String plans_steps_of(long done, int total);
    @Message
    String plans_step_sell(String fraction, String price);
    @Message
    String plans_finished(java.time.LocalDate day);
    @Message
    String plans_waiting_price();
    @Message
    String plans_set_ladder_summary();
    @Message
    String plans_target_gain_label();
    @Message
    String plans_ladder_trail();
    @Message
    String plans_set_the_ladder();
    @Message
    String plans_what_fired();
    @Message
    String plans_what();
    @Message
    String plans_level();
    @Message
    String plans_sell_suggestion(java.lang.Long id);
    @Message
    String plans_nothing_held();

    // Backtest
    @Message
    String backtest_intro_before();
    @Message
    String backtest_intro_after(java.time.LocalDate first, java.time.LocalDate last);
    @Message
    String backtest_not_run();
    @Message
    String backtest_from();
    @Message
    String backtest_to();
    @Message
    String backtest_initial_cash();
    @Message
    String backtest_rebalancing();
    @Message
    String backtest_quarterly();
    @Message
    String backtest_threshold();
    @Message
    String backtest_never();
    @Message
    String backtest_trail();
    @Message
    String backtest_dca();
    @Message
    String backtest_every();
    @Message
    String backtest_dca_asset(java.lang.Integer n);
    @Message
    String backtest_dca_amount(java.lang.Integer n);
    @Message
    String backtest_dca_frequency(java.lang.Integer n);
    @Message
    String backtest_every_monday();
    @Message
    String backtest_every_other_monday();
    @Message
    String backtest_every_month();
    @Message
    String backtest_every_day();
    @Message
    String backtest_run();
    @Message
    String backtest_value_over_time();
    @Message
    String backtest_chart_label();
    @Message
    String backtest_your_policy();
    @Message
    String backtest_buy_hold();
    @Message
    String backtest_invested();
    @Message
    String backtest_figure();
    @Message
    String backtest_final_value();
    @Message
    String backtest_return();
    @Message
    String backtest_drawdown();
    @Message
    String backtest_volatility();
    @Message
    String backtest_fees();
    @Message
    String backtest_notes();
    @Message
    String backtest_month_by_month();
    @Message
    String backtest_month_end();
}
