package app.ballast.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import java.time.LocalDate;

/**
 * The texts of the policy pages (policy, rebalance, plans with DCA, stops and ladders, backtest):
 * {@code {plan:key}} in templates; English in messages/plan_en.properties, Simplified Chinese in
 * messages/plan_zh-CN.properties. See {@link Messages} for the conventions.
 */
@MessageBundle(value = "plan", locale = "en")
public interface PolicyMessages {

    // Rebalance mode (an enum constant's name)
    @Message
    String rebalance_mode(String v);

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
    String policy_core_asset_n(Integer n);
    @Message
    String policy_core_weight_n(Integer n);
    @Message
    String policy_satellites_title();
    @Message
    String policy_core_exempt();
    @Message
    String policy_satellite_weights();
    @Message
    String policy_relative_weight();
    @Message
    String policy_satellite_n(Integer n);
    @Message
    String policy_satellite_weight_n(Integer n);
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

    // Plans: DCA (定投), stops (动态止损), take-profit ladders (分批止盈)
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
    String dca_monthly_on(Integer day);
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
    String plans_missed_dates();
    @Message
    String missed_dates(String v);
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
    String plans_finished(LocalDate day);
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
    String plans_sell_suggestion(Long id);
    @Message
    String plans_nothing_held();

    // Backtest
    @Message
    String backtest_intro_before();
    @Message
    String backtest_intro_after(LocalDate first, LocalDate last);
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
    String backtest_dca_asset(Integer n);
    @Message
    String backtest_dca_amount(Integer n);
    @Message
    String backtest_dca_frequency(Integer n);
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
