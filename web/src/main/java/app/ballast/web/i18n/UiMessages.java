package app.ballast.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the design system: the layout (skip link, menu, theme switch) and the shared components in
 * templates/tags (confirmation dialog, empty state, tables): {@code {ui:key}} in templates; English in
 * messages/ui_en.properties, Simplified Chinese in messages/ui_zh-CN.properties. See {@link Messages} for
 * the conventions and docs/design.md for the components.
 */
@MessageBundle(value = "ui", locale = "en")
public interface UiMessages {

    // Layout
    @Message
    String ui_skip_to_content();
    @Message
    String ui_menu();
    @Message
    String ui_preferences();

    // Theme switch
    @Message
    String ui_theme_label();
    @Message
    String ui_theme_light();
    @Message
    String ui_theme_dark();
    @Message
    String ui_theme_system();

    // Confirmation dialog
    @Message
    String ui_confirm_cannot_undo();
    @Message
    String ui_confirm_yes_delete();
    @Message
    String ui_confirm_keep();
    @Message
    String ui_confirm_question(String action);
    @Message
    String ui_confirm_delete_account(String name);
    @Message
    String ui_confirm_delete_dca(String symbol);
    @Message
    String ui_confirm_delete_stop(String symbol);
    @Message
    String ui_confirm_delete_ladder(String symbol);

}
