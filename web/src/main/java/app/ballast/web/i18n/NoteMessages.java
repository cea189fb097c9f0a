package app.ballast.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The warnings, figure names, reasons, notifications, job errors, composed in English where they arise and recognised by their English pattern
 * ({@link Texts}); Simplified Chinese in messages/note_zh-CN.properties. Generated with the properties
 * from web/src/texts/note.txt (docs/i18n.md); every parameter is a String.
 */
@MessageBundle(value = "note", locale = "en")
public interface NoteMessages {

    // Asset warnings (scoring: AssetWarningRules)
    @Message
    String note_w_fdv(String ratio, String max);
    @Message
    String note_w_low_volume(String max, String days, String highest, String latest, String date);
    @Message
    String note_w_thin(String date, String ratio, String healthy);
    @Message
    String note_w_greed(String index, String high);
    @Message
    String note_w_fear(String index, String low);
    @Message
    String note_w_mvrv_high(String mvrv, String high);
    @Message
    String note_w_mvrv_low(String mvrv, String low);
    @Message
    String note_w_holders(String share, String max);
    @Message
    String note_w_team(String share, String max, String months, String parts);
    @Message
    String note_w_team_part(String name, String share, String months);
    @Message
    String note_w_unlock(String amount, String date, String share, String max);
    @Message
    String note_w_yield(String yields);
    @Message
    String note_w_yield_apy(String apy, String multiple, String stable);
    @Message
    String note_w_yield_apy_lower(String apy, String multiple, String stable);
    @Message
    String note_w_yield_real(String real, String revenue, String inflation);
    @Message
    String note_w_yield_real_lower(String real, String revenue, String inflation);
    @Message
    String note_w_never_scored(String symbol);
    @Message
    String note_w_stale_score(String date, String reasons, String symbol);
    @Message
    String note_w_stale_age(String age, String max);
    @Message
    String note_w_stale_event(String date);

    // Portfolio warnings (portfolio: PolicyCheck)
    @Message
    String note_p_position_cap(String symbol, String weight, String cap);
    @Message
    String note_p_core_below(String weight, String band, String target);
    @Message
    String note_p_core_above(String weight, String band, String target);
    @Message
    String note_p_sector(String sector, String share, String cap);
    @Message
    String note_p_venue(String share, String venue, String max);
    @Message
    String note_p_no_price(String symbol);
    @Message
    String note_p_stale_price(String symbol, String age, String max);
    @Message
    String note_p_depeg(String symbol, String price, String threshold);

    // Names of warning figures (ScoringFormats.words)
    @Message
    String note_f_fdv();
    @Message
    String note_f_market_cap();
    @Message
    String note_f_total_supply();
    @Message
    String note_f_circulating();
    @Message
    String note_f_ratio();
    @Message
    String note_f_threshold();
    @Message
    String note_f_volume();
    @Message
    String note_f_highest_ratio();
    @Message
    String note_f_days();
    @Message
    String note_f_fear_greed();
    @Message
    String note_f_top10();
    @Message
    String note_f_share();
    @Message
    String note_f_vesting_months();
    @Message
    String note_f_unlocking();
    @Message
    String note_f_window_days();
    @Message
    String note_f_staking_apy();
    @Message
    String note_f_stable_yield();
    @Message
    String note_f_revenue_yield();
    @Message
    String note_f_inflation();
    @Message
    String note_f_real_yield();
    @Message
    String note_f_age_days();
    @Message
    String note_f_weight();
    @Message
    String note_f_cap();
    @Message
    String note_f_value();
    @Message
    String note_f_total();
    @Message
    String note_f_min();
    @Message
    String note_f_max();
    @Message
    String note_f_target();
    @Message
    String note_f_satellites();
    @Message
    String note_f_limit();
    @Message
    String note_f_limit_hours();
    @Message
    String note_f_age_hours();
    @Message
    String note_f_price();

    // Rebalance reasons and what trades cannot fix (portfolio: Rebalancer)
    @Message
    String note_r_no_price(String symbol);
    @Message
    String note_r_sleeve_capped(String held, String budget);
    @Message
    String note_r_no_satellite(String share);
    @Message
    String note_r_few_sectors(String count, String sectors, String cap);
    @Message
    String note_r_equal_sectors(String count, String cap);
    @Message
    String note_r_below_min_trade(String symbol, String value, String min);
    @Message
    String note_r_raised(String reason, String min);
    @Message
    String note_r_buy_only(String reason);
    @Message
    String note_r_stays_over_cap(String symbol, String weight, String cap);
    @Message
    String note_r_stays_trim_small(String symbol, String weight, String cap);
    @Message
    String note_r_score_under(String symbol, String score, String threshold);
    @Message
    String note_r_not_sold(String symbol);
    @Message
    String note_r_sector_stays(String sector, String share, String cap);
    @Message
    String note_r_core_outside(String share, String band, String reason);
    @Message
    String note_r_core_no_price(String assets);
    @Message
    String note_r_core_no_buy(String score);
    @Message
    String note_r_core_no_buy_held(String score);
    @Message
    String note_r_core_capped(String cap);
    @Message
    String note_r_core_cash();
    @Message
    String note_r_core_buy_only();
    @Message
    String note_r_sell_score(String score, String threshold);
    @Message
    String note_r_no_weight_core(String symbol);
    @Message
    String note_r_no_weight_satellites(String symbol);
    @Message
    String note_r_trim(String from, String cap, String to);
    @Message
    String note_r_above_target(String from, String to);
    @Message
    String note_r_below_target(String from, String to);
    @Message
    String note_r_most_underweight(String from, String to);

    // DCA decisions (portfolio: DcaEngine) and backtest notes (Backtester)
    @Message
    String note_d_outside_to(String start, String end, String date);
    @Message
    String note_d_outside(String start, String date);
    @Message
    String note_d_budget_spent(String budget);
    @Message
    String note_d_score_under(String symbol, String score, String threshold);
    @Message
    String note_d_no_price(String symbol, String date);
    @Message
    String note_d_mvrv_under(String mvrv, String limit, String factor);
    @Message
    String note_d_mvrv_over(String mvrv, String limit, String factor);
    @Message
    String note_d_fg_under(String index, String limit, String factor);
    @Message
    String note_d_fg_over(String index, String limit, String factor);
    @Message
    String note_d_capped(String left);
    @Message
    String note_d_zero(String why);
    @Message
    String note_d_tiny(String amount, String symbol, String price);
    @Message
    String note_d_buy_why(String amount, String symbol, String price, String why);
    @Message
    String note_d_buy(String amount, String symbol, String price);
    @Message
    String note_b_never_bought(String symbol);
    @Message
    String note_b_bought_from(String symbol, String date);
    @Message
    String note_b_no_btc(String date);
    @Message
    String note_b_gap(String symbol, String last, String date);
    @Message
    String note_b_dca_skipped(String symbol, String date, String reason);

    // Notifications (titles and bodies; a body is translated line by line)
    @Message
    String note_n_warning(String rule, String subject);
    @Message
    String note_n_warning_plain(String rule);
    @Message
    String note_n_dca_bought(String quantity, String symbol, String amount, String price);
    @Message
    String note_n_dca_pending(String amount, String symbol, String price);
    @Message
    String note_n_dca_missed(String symbol, String date);
    @Message
    String note_n_dca_skipped(String symbol, String date);
    @Message
    String note_n_dca_body(String plan, String amount, String symbol, String date, String reason);
    @Message
    String note_n_stop_title(String symbol, String price, String stop);
    @Message
    String note_n_step_title(String step, String symbol, String price);
    @Message
    String note_n_trailing_tp_title(String symbol, String price);
    @Message
    String note_n_fired_sale(String reason, String quantity, String symbol, String account);
    @Message
    String note_n_fired_sale_any(String reason, String quantity, String symbol);
    @Message
    String note_n_fired_nothing(String reason);
    @Message
    String note_n_trailing_stop_high(String trail, String high, String symbol, String date, String price, String stop, String fraction);
    @Message
    String note_n_trailing_stop(String symbol, String date, String price, String stop, String fraction);
    @Message
    String note_n_fixed_stop(String symbol, String date, String price, String stop, String fraction);
    @Message
    String note_n_step(String step, String symbol, String date, String price, String level, String gain, String cost);
    @Message
    String note_n_trailing_tp(String symbol, String date, String price, String level);
    @Message
    String note_n_rebalance_title(String quarter, String count);
    @Message
    String note_n_rebalance_none();
    @Message
    String note_n_rebalance_trades();
    @Message
    String note_n_rebalance_buy(String quantity, String symbol, String value);
    @Message
    String note_n_rebalance_sell(String quantity, String symbol, String value);
    @Message
    String note_n_rebalance_unmet(String count);

    // Names of warning rules in notification titles (WarningAlerts.label)
    @Message
    String note_l_fdv();
    @Message
    String note_l_low_volume();
    @Message
    String note_l_thin();
    @Message
    String note_l_sentiment();
    @Message
    String note_l_value_zone();
    @Message
    String note_l_holders();
    @Message
    String note_l_team();
    @Message
    String note_l_unlock();
    @Message
    String note_l_yield();
    @Message
    String note_l_stale_score();
    @Message
    String note_l_position_cap();
    @Message
    String note_l_core_band();
    @Message
    String note_l_sector();
    @Message
    String note_l_venue();
    @Message
    String note_l_stale_price();
    @Message
    String note_l_depeg();
    @Message
    String note_l_stop();
    @Message
    String note_l_take_profit();

    // DCA executions (web: DcaService)
    @Message
    String note_e_late(String today, String date, String reason);
    @Message
    String note_e_close_of(String reason, String date);
    @Message
    String note_e_missed(String date);
    @Message
    String note_e_recorded(String reason);
    @Message
    String note_e_skipped(String reason);

    // Job runs (jobs: JobRuns, WorkUnits)
    @Message
    String note_j_interrupted_rerun(String instance, String other);
    @Message
    String note_j_interrupted_next(String instance, String other);
    @Message
    String note_j_more();

    // Dashboard warnings of the policy overview (web: PolicyOverview)
    @Message
    String note_o_stale_oldest(String symbols, String limit, String oldest);
    @Message
    String note_o_stale(String symbols, String limit);
    @Message
    String note_o_stale_nolimit_oldest(String symbols, String oldest);
    @Message
    String note_o_stale_nolimit(String symbols);
    @Message
    String note_o_stop_fired(String symbol, String price);
    @Message
    String note_o_stop_fired_sell(String symbol, String price, String id);
    @Message
    String note_o_step_fired(String symbol, String price);
    @Message
    String note_o_step_fired_sell(String symbol, String price, String id);
    @Message
    String note_f_oldest_age_hours();
    @Message
    String note_f_stop_price();
    @Message
    String note_f_level();
    @Message
    String note_f_quantity();

    // What a warning or an unmet rule is about, when not an asset or a sector (PolicyCheck, PolicyOverview, Rebalancer)
    @Message
    String note_s_core();
    @Message
    String note_s_satellites();
    @Message
    String note_s_assets(String count);

    // Price refresh outcomes on the prices page (market: PriceRefresh)
    @Message
    String note_m_off();
    @Message
    String note_m_no_asset();
    @Message
    String note_m_fed_one(String plans, String fired);
    @Message
    String note_m_fed(String count, String plans, String fired);
    @Message
    String note_m_not_evaluated(String cause);
}
