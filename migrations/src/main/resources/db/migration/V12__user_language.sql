-- The language a user reads Ballast in ('en' or 'zh-CN'; NULL: not known, English), for what is sent
-- to them outside a page: the e-mails and webhook posts of their notifications (docs/i18n.md). Set at
-- sign-up from the page's language, and again when they use the language switch or save their
-- notification settings.
ALTER TABLE app_user
    ADD COLUMN language VARCHAR(8) NULL;
