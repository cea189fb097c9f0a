package app.ballast.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The errors of the domain, the services and the API, composed in English where they arise and recognised by their English pattern
 * ({@link Texts}); Simplified Chinese in messages/err_zh-CN.properties. Generated with the properties
 * from web/src/texts/err.txt (docs/i18n.md); every parameter is a String.
 */
@MessageBundle(value = "err", locale = "en")
public interface ErrMessages {

    // Shared checks of the domain (Checks, Fields, Scales, FieldChecks)
    @Message
    String err_required(String field);
    @Message
    String err_empty(String field);
    @Message
    String err_between(String field, String min, String max, String was);
    @Message
    String err_positive(String field, String was);
    @Message
    String err_positive_word(String field, String was);
    @Message
    String err_above_zero(String field, String was);
    @Message
    String err_not_negative(String field, String was);
    @Message
    String err_zero_or_more(String field, String was);
    @Message
    String err_open_fraction(String field, String was);
    @Message
    String err_positive_fraction(String field, String was);
    @Message
    String err_fraction(String field, String was);
    @Message
    String err_fits(String field, String integers, String decimals, String was);
    @Message
    String err_decimals(String field, String decimals, String was);
    @Message
    String err_integers(String field, String integers, String was);
    @Message
    String err_symbol(String field, String was);
    @Message
    String err_symbol_bare(String field, String was);
    @Message
    String err_symbol_nothing(String field);
    @Message
    String err_max_chars(String field, String max);
    @Message
    String err_max_chars_must(String field, String max);
    @Message
    String err_between_0_100(String field, String was);
    @Message
    String err_not_below(String field, String value, String other, String otherValue);
    @Message
    String err_not_above(String field, String value, String other, String otherValue);
    @Message
    String err_not_before(String field, String value, String other, String otherValue);
    @Message
    String err_must_be_below(String field, String value, String other, String otherValue);
    @Message
    String err_date(String field, String was);
    @Message
    String err_choice(String field, String choices, String was);
    @Message
    String err_score_range(String field, String max, String criterion, String was);

    // Ledger values (LedgerEntry, Money, Quantity, AssetInfo, Quote, MarketDay)
    @Message
    String err_price_required_for(String type);
    @Message
    String err_fee_too_large(String symbol, String fee, String quantity);
    @Message
    String err_only_transfer(String type);
    @Message
    String err_transfer_same(String account);
    @Message
    String err_currency(String was);
    @Message
    String err_quantity_negative(String was, String symbol);

    // Policy and plans (Policy, DcaPlan, FixedStop, TakeProfitLadder, PriceGuard, DcaMultipliers)
    @Message
    String err_fee_rate(String field, String was);
    @Message
    String err_core_asset_satellite(String symbol);
    @Message
    String err_one_core_asset(String field);
    @Message
    String err_add_up_to_one(String field, String sum);
    @Message
    String err_day_of_week_for(String frequency);
    @Message
    String err_day_of_month_monthly();
    @Message
    String err_day_of_month(String was);
    @Message
    String err_price_or_below_cost_neither();
    @Message
    String err_price_or_below_cost_both();
    @Message
    String err_ladder_steps(String max, String had);
    @Message
    String err_ladder_sells_more(String sum);
    @Message
    String err_max_age(String was);

    // Scoring and tokenomics (ScoreCard, WeightProfile, TokenomicsInput, AllocationBucket)
    @Message
    String err_not_a_dimension(String field, String dimensions);
    @Message
    String err_not_a_criterion(String field, String dimension, String criteria);
    @Message
    String err_score_required(String field, String max, String criterion);
    @Message
    String err_weight_required(String field);
    @Message
    String err_weights_sum(String sum);
    @Message
    String err_circulating_exceeds(String total, String was);
    @Message
    String err_bucket_name_twice(String field, String name, String other);
    @Message
    String err_bucket_shares(String sum);
    @Message
    String err_cliff_required(String field);
    @Message
    String err_vesting_required(String field);
    @Message
    String err_share_required(String field);
    @Message
    String err_share_fraction(String field, String was);
    @Message
    String err_months(String field, String max, String was);

    // Ledger service, accounts, users, holdings
    @Message
    String err_row(String row, String problem);
    @Message
    String err_delete_short(String problem);
    @Message
    String err_cannot_from(String action, String account, String time, String held);
    @Message
    String err_unknown_asset_quoted(String symbol);
    @Message
    String err_unknown_asset_add(String symbol);
    @Message
    String err_unknown_asset_plain_add(String symbol);
    @Message
    String err_unknown_asset_in_tx(String symbol, String time);
    @Message
    String err_unknown_fee_asset_in_tx(String symbol, String time);
    @Message
    String err_unknown_fee_asset(String symbol);
    @Message
    String err_no_asset_quoted(String symbol);
    @Message
    String err_type_required_one_of(String choices);
    @Message
    String err_type_one_of(String choices, String was);
    @Message
    String err_time_future_day(String was);
    @Message
    String err_time_before_bitcoin(String was);
    @Message
    String err_max_chars_was(String field, String max, String was);
    @Message
    String err_max_chars_had(String field, String max, String had);
    @Message
    String err_may_max_chars_had(String field, String max, String had);
    @Message
    String err_may_max_chars(String field, String max);
    @Message
    String err_time_iso(String was);
    @Message
    String err_account_used(String account, String count);
    @Message
    String err_account_exists(String name);
    @Message
    String err_kind_required_account();
    @Message
    String err_kind_account(String was);
    @Message
    String err_username();
    @Message
    String err_username_taken(String username);
    @Message
    String err_password_short(String min);
    @Message
    String err_signup_closed();
    @Message
    String err_cost_method(String was);
    @Message
    String err_not_found();
    @Message
    String err_no_transaction(String id);
    @Message
    String err_no_account(String id);
    @Message
    String err_no_asset(String symbol);
    @Message
    String err_no_notification(String id);
    @Message
    String err_no_stop(String id);
    @Message
    String err_no_ladder(String id);
    @Message
    String err_no_dca_plan(String id);
    @Message
    String err_no_suggestion(String id);
    @Message
    String err_no_profile(String id);
    @Message
    String err_no_tokenomics(String symbol);
    @Message
    String err_no_execution_on(String plan, String date);

    // Plans, policy, rebalance, backtest (web services)
    @Message
    String err_json_body();
    @Message
    String err_stop_type(String was);
    @Message
    String err_no_account_named(String name);
    @Message
    String err_armed_future(String was);
    @Message
    String err_armed_before(String was);
    @Message
    String err_hold_none_in(String symbol, String account);
    @Message
    String err_hold_none(String symbol);
    @Message
    String err_average_cost_plan(String was);
    @Message
    String err_dca_price_tiny(String price, String amount, String quantity, String symbol);
    @Message
    String err_execution_not_pending(String date, String status);
    @Message
    String err_quarter(String was);
    @Message
    String err_suggestion_dismissed(String id);
    @Message
    String err_suggestion_accepted(String id);
    @Message
    String err_rebalance_mode(String was);
    @Message
    String err_cannot_sell_from(String quantity, String symbol, String account, String held);
    @Message
    String err_cannot_sell(String quantity, String symbol, String held);
    @Message
    String err_no_trade_of(String symbol);
    @Message
    String err_cash_too_large(String cash, String digits);
    @Message
    String err_given_twice(String symbol);
    @Message
    String err_not_among_assets(String symbol);
    @Message
    String err_already_given_at(String symbol, String other);
    @Message
    String err_cash_or_more_nothing(String field);
    @Message
    String err_tier_required_choice(String field);
    @Message
    String err_tier_required_colon(String field);
    @Message
    String err_tier_choice(String field, String was);
    @Message
    String err_cash_required_none();
    @Message
    String err_assets_one();
    @Message
    String err_prices_one();
    @Message
    String err_prices_order(String date, String previous);
    @Message
    String err_date_example_2022(String field, String was);

    // Scoring services (profiles, evaluations, events, tokenomics, market inputs)
    @Message
    String err_no_profile_named(String name);
    @Message
    String err_builtin_profile_name(String name);
    @Message
    String err_profile_exists(String name);
    @Message
    String err_date_after_today(String field, String today, String was);
    @Message
    String err_kind_required_one_of(String choices);
    @Message
    String err_kind_one_of(String choices, String was);
    @Message
    String err_months_from_1(String max, String was);
    @Message
    String err_symbol_for_figures();
    @Message
    String err_one_figure();
    @Message
    String err_too_large(String field, String was);
    @Message
    String err_whole_number_was(String field, String was);
    @Message
    String err_at_least(String field, String min, String was);
    @Message
    String err_from_to(String field, String min, String max, String was);
    @Message
    String err_whole_0_100(String was);
    @Message
    String err_number_too_long(String field, String max, String had);
    @Message
    String err_mvrv_zero();
    @Message
    String err_market_two_days(String date);

    // CSV imports (market inputs, price history)
    @Message
    String err_line(String line, String problem);
    @Message
    String err_line_column(String line, String column, String problem);
    @Message
    String err_csv_max_rows(String max);
    @Message
    String err_csv_values(String line, String values, String columns);
    @Message
    String err_csv_duplicate(String date, String symbol);
    @Message
    String err_csv_duplicate_market(String date);
    @Message
    String err_csv_unreadable(String cause);
    @Message
    String err_csv_no_rows();
    @Message
    String err_csv_empty();
    @Message
    String err_csv_unknown_column(String name, String columns);
    @Message
    String err_csv_column_twice(String column);
    @Message
    String err_csv_needs_column(String column, String columns);
    @Message
    String err_csv_day(String field, String was);
    @Message
    String err_number_point(String field, String was);

    // Prices (PriceBook, PriceResource)
    @Message
    String err_time_future(String was);
    @Message
    String err_time_after(String earliest, String was);
    @Message
    String err_time_instant(String was);
    @Message
    String err_from_after_to(String to, String was);
    @Message
    String err_max_days(String max, String from, String to);

    // Notifications (Notice, settings, webhook addresses)
    @Message
    String err_user_id(String was);
    @Message
    String err_link(String max);
    @Message
    String err_email();
    @Message
    String err_email_needed();
    @Message
    String err_webhook_needed();
    @Message
    String err_webhook_invalid(String reason);
    @Message
    String err_webhook_scheme();
    @Message
    String err_webhook_host();
    @Message
    String err_webhook_user();
    @Message
    String err_webhook_unresolved(String host);
    @Message
    String err_webhook_host_invalid(String host);
    @Message
    String err_webhook_private(String host, String address);
    @Message
    String err_true_false(String field);

    // API parameters and jobs
    @Message
    String err_offset(String was);
    @Message
    String err_limit_between(String max, String was);
    @Message
    String err_limit_from(String max);
    @Message
    String err_whole_quoted(String field, String was);
    @Message
    String err_admin_job();

    // What a transaction cannot do (HoldingsCalculator: the action in err_cannot_from)
    @Message
    String err_a_sell(String quantity, String symbol);
    @Message
    String err_a_withdraw(String quantity, String symbol);
    @Message
    String err_a_transfer(String quantity, String symbol);
    @Message
    String err_a_fee(String quantity, String symbol);
    @Message
    String err_a_plus_fee(String action, String fee, String symbol);
    @Message
    String err_not_a_date(String was);

    // The API's JSON reader (ApiErrorMappers)
    @Message
    String err_json_kind(String field, String cause);
    @Message
    String err_json_malformed(String cause);
}
