-- Notifications (issue 4): the in-app notification centre, the e-mail and webhook deliveries queued
-- for each notification, every user's notification settings, the installation's SSRF allowance, and
-- which warnings were active at the last daily check (so that a warning notifies when it appears, not
-- every day while it lasts).
-- Each event notifies once: one notification per (user, event key), one delivery per notification
-- and channel, one active-warning row per (user, rule, subject).

CREATE TABLE notification (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    user_id     BIGINT        NOT NULL,
    event_key   VARCHAR(190)  NOT NULL,
    kind        VARCHAR(30)   NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    link        VARCHAR(500)  NULL,
    created_at  DATETIME(6)   NOT NULL,
    read_at     DATETIME(6)   NULL,
    -- The statement that inserted the row (a random token per batch): tells a batch which of its rows
    -- were new and which were already there, without a query per notice.
    batch_token CHAR(36)      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_notification_user_event UNIQUE (user_id, event_key),
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    -- The header's unread count and the centre's list: both by user, newest first.
    INDEX ix_notification_user_read (user_id, read_at),
    INDEX ix_notification_user_created (user_id, created_at, id),
    INDEX ix_notification_batch (batch_token)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One e-mail and/or one webhook call per notification. A sender claims rows (claim_token, claimed_until)
-- before sending, so that two instances never send the same one; a claim that outlives claimed_until
-- (its instance died) may be claimed again.
CREATE TABLE notification_delivery (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    notification_id BIGINT        NOT NULL,
    channel         VARCHAR(10)   NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    claim_token     CHAR(36)      NULL,
    claimed_until   DATETIME(6)   NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_notification_delivery UNIQUE (notification_id, channel),
    CONSTRAINT fk_notification_delivery_notification FOREIGN KEY (notification_id)
        REFERENCES notification (id) ON DELETE CASCADE,
    CONSTRAINT ck_notification_delivery_channel CHECK (channel IN ('EMAIL', 'WEBHOOK')),
    CONSTRAINT ck_notification_delivery_status CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'CANCELLED')),
    INDEX ix_notification_delivery_due (status, next_attempt_at),
    INDEX ix_notification_delivery_claim (claim_token)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A user without a row gets in-app notifications only.
CREATE TABLE notification_settings (
    user_id         BIGINT        NOT NULL,
    email           VARCHAR(254)  NULL,
    email_enabled   BOOLEAN       NOT NULL DEFAULT FALSE,
    webhook_url     VARCHAR(2000) NULL,
    webhook_enabled BOOLEAN       NOT NULL DEFAULT FALSE,
    updated_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (user_id),
    CONSTRAINT fk_notification_settings_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Installation-wide notification settings, set by the admin: one row.
CREATE TABLE notification_installation (
    id                     TINYINT     NOT NULL,
    allow_private_webhooks BOOLEAN     NOT NULL DEFAULT FALSE,
    updated_at             DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_notification_installation_single CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO notification_installation (id, allow_private_webhooks, updated_at) VALUES (1, FALSE, UTC_TIMESTAMP(6));

-- The warnings active at the last daily check, each with the day it appeared (part of its event key:
-- a warning that clears and comes back is a new event).
CREATE TABLE warning_alert (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    user_id    BIGINT       NOT NULL,
    rule_name  VARCHAR(40)  NOT NULL,
    subject    VARCHAR(100) NOT NULL,
    since      DATE         NOT NULL,
    last_seen  DATE         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_warning_alert UNIQUE (user_id, rule_name, subject),
    CONSTRAINT fk_warning_alert_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
