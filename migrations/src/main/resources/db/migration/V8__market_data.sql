-- Market data (issue 4): live quotes, price jumps waiting for confirmation, and each provider's last refresh.
-- The accepted price of a day also lands in price_point (close = the day's latest), which every other part reads.

-- The latest quote a feed gave for an asset and that was accepted, with the figures price_point has no room for.
CREATE TABLE market_quote (
    asset_id           BIGINT         NOT NULL,
    price              DECIMAL(38,18) NOT NULL,
    volume_24h         DECIMAL(38,18) NULL,
    market_cap         DECIMAL(38,18) NULL,
    circulating_supply DECIMAL(38,18) NULL,
    total_supply       DECIMAL(38,18) NULL,
    source             VARCHAR(40)    NOT NULL,
    quoted_at          DATETIME(6)    NOT NULL,
    fetched_at         DATETIME(6)    NOT NULL,
    PRIMARY KEY (asset_id),
    CONSTRAINT fk_market_quote_asset FOREIGN KEY (asset_id) REFERENCES asset (id),
    CONSTRAINT ck_market_quote_price CHECK (price > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A price that jumped beyond ballast.policy.price-jump-limit from the last accepted one: kept, not used,
-- until the next refresh confirms it. One per asset (a newer unconfirmed jump replaces it).
CREATE TABLE held_price (
    asset_id           BIGINT         NOT NULL,
    price              DECIMAL(38,18) NOT NULL,
    reference_price    DECIMAL(38,18) NOT NULL,
    volume_24h         DECIMAL(38,18) NULL,
    market_cap         DECIMAL(38,18) NULL,
    circulating_supply DECIMAL(38,18) NULL,
    total_supply       DECIMAL(38,18) NULL,
    source             VARCHAR(40)    NOT NULL,
    quoted_at          DATETIME(6)    NOT NULL,
    held_at            DATETIME(6)    NOT NULL,
    PRIMARY KEY (asset_id),
    CONSTRAINT fk_held_price_asset FOREIGN KEY (asset_id) REFERENCES asset (id),
    CONSTRAINT ck_held_price_price CHECK (price > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each provider's last refresh: when it was tried, how it went, and when it last delivered.
CREATE TABLE market_refresh (
    provider        VARCHAR(40)   NOT NULL,
    attempted_at    DATETIME(6)   NOT NULL,
    outcome         VARCHAR(10)   NOT NULL,
    value_count     INT           NOT NULL,
    message         VARCHAR(1000) NULL,
    succeeded_at    DATETIME(6)   NULL,
    PRIMARY KEY (provider),
    CONSTRAINT ck_market_refresh_outcome CHECK (outcome IN ('OK', 'PARTIAL', 'FAILED', 'SKIPPED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
