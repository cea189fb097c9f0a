-- Users, portfolios, reference assets, accounts, the transaction ledger and daily prices.
-- Every amount is DECIMAL(38,18): 20 integer digits, 18 decimals (wei-level quantities).

CREATE TABLE app_user (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    admin         BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_app_user_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE portfolio (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    user_id       BIGINT      NOT NULL,
    name          VARCHAR(80) NOT NULL,
    cost_method   VARCHAR(20) NOT NULL,
    base_currency CHAR(3)     NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_portfolio_user_name UNIQUE (user_id, name),
    CONSTRAINT fk_portfolio_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT ck_portfolio_cost_method CHECK (cost_method IN ('MOVING_AVERAGE', 'FIFO'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Shared reference data: every user sees the same assets.
CREATE TABLE asset (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    symbol        VARCHAR(15)  NOT NULL,
    name          VARCHAR(80)  NOT NULL,
    tier          VARCHAR(10)  NOT NULL,
    sector        VARCHAR(40)  NOT NULL,
    stablecoin    BOOLEAN      NOT NULL DEFAULT FALSE,
    price_feed_id VARCHAR(100) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_asset_symbol UNIQUE (symbol),
    CONSTRAINT ck_asset_tier CHECK (tier IN ('CORE', 'SATELLITE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account (
    id      BIGINT      NOT NULL AUTO_INCREMENT,
    user_id BIGINT      NOT NULL,
    name    VARCHAR(80) NOT NULL,
    kind    VARCHAR(10) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_account_user_name UNIQUE (user_id, name),
    CONSTRAINT fk_account_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT ck_account_kind CHECK (kind IN ('EXCHANGE', 'WALLET'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ledger_transaction (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    portfolio_id  BIGINT         NOT NULL,
    type          VARCHAR(20)    NOT NULL,
    asset_id      BIGINT         NOT NULL,
    account_id    BIGINT         NOT NULL,
    to_account_id BIGINT         NULL,
    quantity      DECIMAL(38,18) NOT NULL,
    price         DECIMAL(38,18) NULL,
    fee           DECIMAL(38,18) NULL,
    fee_asset     VARCHAR(15)    NULL,
    occurred_at   DATETIME(6)    NOT NULL,
    note          TEXT           NULL,
    created_at    DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    KEY ix_ledger_transaction_portfolio_time (portfolio_id, occurred_at, id),
    CONSTRAINT fk_ledger_transaction_portfolio FOREIGN KEY (portfolio_id) REFERENCES portfolio (id),
    CONSTRAINT fk_ledger_transaction_asset FOREIGN KEY (asset_id) REFERENCES asset (id),
    CONSTRAINT fk_ledger_transaction_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_ledger_transaction_to_account FOREIGN KEY (to_account_id) REFERENCES account (id),
    CONSTRAINT ck_ledger_transaction_type CHECK (type IN ('BUY', 'SELL', 'DEPOSIT', 'WITHDRAWAL', 'TRANSFER', 'STAKING_REWARD', 'FEE')),
    CONSTRAINT ck_ledger_transaction_quantity CHECK (quantity > 0),
    CONSTRAINT ck_ledger_transaction_price CHECK (price IS NULL OR price >= 0),
    CONSTRAINT ck_ledger_transaction_fee CHECK (fee IS NULL OR fee >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One close per asset and UTC day; the source says where it came from.
CREATE TABLE price_point (
    id          BIGINT         NOT NULL AUTO_INCREMENT,
    asset_id    BIGINT         NOT NULL,
    price_date  DATE           NOT NULL,
    close       DECIMAL(38,18) NOT NULL,
    volume_24h  DECIMAL(38,18) NULL,
    market_cap  DECIMAL(38,18) NULL,
    source      VARCHAR(40)    NOT NULL,
    recorded_at DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_price_point_asset_date UNIQUE (asset_id, price_date),
    CONSTRAINT fk_price_point_asset FOREIGN KEY (asset_id) REFERENCES asset (id),
    CONSTRAINT ck_price_point_close CHECK (close > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
