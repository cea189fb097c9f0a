package app.ballast.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the layout, sign-in, shared words, names of enum constants and the portfolio pages, and every
 * text the pages compose in Java: {@code {msg:key}} in templates, {@link RequestLanguage#messages()} in Java.
 * The English texts are in messages/msg_en.properties (the default locale), the Simplified Chinese ones in
 * messages/msg_zh-CN.properties; a method without its English line fails the build (docs/i18n.md).
 * Methods taking {@code String v} name an enum constant ({@code h.tier.name}) and choose its words.
 * The pages' texts are in three bundles (this, {@link ScoringMessages}, {@link PolicyMessages}) because
 * Quarkus 3.30 generates unverifiable bytecode for a bundle large enough to be split into several
 * resolver methods (quarkusio/quarkus#55584: one bundle of all 463 texts failed to start): keep each
 * bundle under 200 messages.
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
    String nav_prices();
    @Message
    String nav_jobs();
    @Message
    String nav_notifications();
    @Message
    String nav_unread();
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

    // Score cards
    @Message
    String common_related();

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
    String tokenomics_month_n(int month);

    // Market data
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
    String policy_weight_in_core();

    // Rebalance
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
}
