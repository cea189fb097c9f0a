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
}
