-- Scoring (issue 3): weight profiles, evaluations (the investment journal), asset events, tokenomics
-- and the market inputs that have no feed yet. Every row belongs to one user.
-- Weights, scores, totals and shares are DECIMAL(20,18) (18 decimals, like every amount);
-- supplies and amounts DECIMAL(38,18) like the ledger.

-- A named set of dimension weights (each in [0, 1], together exactly 1).
CREATE TABLE weight_profile (
    id          BIGINT         NOT NULL AUTO_INCREMENT,
    user_id     BIGINT         NOT NULL,
    name        VARCHAR(100)   NOT NULL,
    technology  DECIMAL(20,18) NOT NULL,
    tokenomics  DECIMAL(20,18) NOT NULL,
    team        DECIMAL(20,18) NOT NULL,
    market      DECIMAL(20,18) NOT NULL,
    risk        DECIMAL(20,18) NOT NULL,
    created_at  DATETIME(6)    NOT NULL,
    updated_at  DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_weight_profile_user_name UNIQUE (user_id, name),
    CONSTRAINT fk_weight_profile_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT ck_weight_profile_range CHECK (technology BETWEEN 0 AND 1 AND tokenomics BETWEEN 0 AND 1
        AND team BETWEEN 0 AND 1 AND market BETWEEN 0 AND 1 AND risk BETWEEN 0 AND 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One evaluation of an asset: the profile's name and the weights used are copied, so that a later
-- edit of the profile never changes a past total.
CREATE TABLE evaluation (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    user_id           BIGINT         NOT NULL,
    asset_id          BIGINT         NOT NULL,
    evaluated_on      DATE           NOT NULL,
    profile_name      VARCHAR(100)   NOT NULL,
    weight_technology DECIMAL(20,18) NOT NULL,
    weight_tokenomics DECIMAL(20,18) NOT NULL,
    weight_team       DECIMAL(20,18) NOT NULL,
    weight_market     DECIMAL(20,18) NOT NULL,
    weight_risk       DECIMAL(20,18) NOT NULL,
    total             DECIMAL(20,18) NOT NULL,
    recommendation    VARCHAR(20)    NOT NULL,
    notes             TEXT           NULL,
    created_at        DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    KEY ix_evaluation_user_asset_date (user_id, asset_id, evaluated_on, id),
    CONSTRAINT fk_evaluation_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_evaluation_asset FOREIGN KEY (asset_id) REFERENCES asset (id),
    CONSTRAINT ck_evaluation_total CHECK (total BETWEEN 0 AND 10),
    CONSTRAINT ck_evaluation_recommendation CHECK (recommendation IN
        ('STRONG_BUY', 'BUY', 'CAUTIOUS', 'AVOID', 'STRONG_AVOID'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every criterion's points of an evaluation, keyed by its path, e.g. 'risk.market'.
CREATE TABLE evaluation_score (
    evaluation_id BIGINT         NOT NULL,
    criterion     VARCHAR(40)    NOT NULL,
    score         DECIMAL(20,18) NOT NULL,
    PRIMARY KEY (evaluation_id, criterion),
    CONSTRAINT fk_evaluation_score_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id) ON DELETE CASCADE,
    CONSTRAINT ck_evaluation_score_range CHECK (score BETWEEN 0 AND 4)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Something that happened to an asset (a hack, a regulation, a team change): marks its score for review.
CREATE TABLE asset_event (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    user_id    BIGINT      NOT NULL,
    asset_id   BIGINT      NOT NULL,
    event_date DATE        NOT NULL,
    kind       VARCHAR(20) NOT NULL,
    note       TEXT        NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_asset_event_user_asset_date (user_id, asset_id, event_date),
    CONSTRAINT fk_asset_event_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_asset_event_asset FOREIGN KEY (asset_id) REFERENCES asset (id),
    CONSTRAINT ck_asset_event_kind CHECK (kind IN ('REGULATION', 'HACK', 'TEAM_CHANGE', 'DELISTING', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A user's tokenomics figures for an asset (one set per user and asset; saving again replaces it).
CREATE TABLE tokenomics (
    id                 BIGINT         NOT NULL AUTO_INCREMENT,
    user_id            BIGINT         NOT NULL,
    asset_id           BIGINT         NOT NULL,
    price              DECIMAL(38,18) NULL,
    total_supply       DECIMAL(38,18) NOT NULL,
    circulating_supply DECIMAL(38,18) NOT NULL,
    monthly_emission   DECIMAL(38,18) NULL,
    staking_apy        DECIMAL(38,18) NULL,
    revenue_to_stakers DECIMAL(38,18) NULL,
    value_staked       DECIMAL(38,18) NULL,
    schedule_start     DATE           NULL,
    updated_at         DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_tokenomics_user_asset UNIQUE (user_id, asset_id),
    CONSTRAINT fk_tokenomics_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_tokenomics_asset FOREIGN KEY (asset_id) REFERENCES asset (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Allocation buckets: share of the total supply, cliff and linear vesting in months.
CREATE TABLE tokenomics_bucket (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    tokenomics_id  BIGINT         NOT NULL,
    position       INT            NOT NULL,
    name           VARCHAR(100)   NOT NULL,
    share          DECIMAL(20,18) NOT NULL,
    cliff_months   INT            NOT NULL,
    vesting_months INT            NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_tokenomics_bucket_position UNIQUE (tokenomics_id, position),
    CONSTRAINT uq_tokenomics_bucket_name UNIQUE (tokenomics_id, name),
    CONSTRAINT fk_tokenomics_bucket_tokenomics FOREIGN KEY (tokenomics_id) REFERENCES tokenomics (id) ON DELETE CASCADE,
    CONSTRAINT ck_tokenomics_bucket_share CHECK (share BETWEEN 0 AND 1),
    CONSTRAINT ck_tokenomics_bucket_months CHECK (cliff_months >= 0 AND vesting_months >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Market figures without a feed yet, entered by hand or imported from CSV. A row without an asset is
-- market-wide (the Fear & Greed index). One row per user, day and asset: asset_key stands for "no
-- asset" as 0, so that the unique key also holds for market-wide rows (NULLs never collide).
CREATE TABLE market_input (
    id                 BIGINT         NOT NULL AUTO_INCREMENT,
    user_id            BIGINT         NOT NULL,
    input_date         DATE           NOT NULL,
    asset_id           BIGINT         NULL,
    asset_key          BIGINT AS (COALESCE(asset_id, 0)) STORED,
    fear_greed         SMALLINT       NULL,
    mvrv               DECIMAL(38,18) NULL,
    top10_holder_share DECIMAL(20,18) NULL,
    volume_24h         DECIMAL(38,18) NULL,
    market_cap         DECIMAL(38,18) NULL,
    source             VARCHAR(20)    NOT NULL,
    recorded_at        DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_market_input_user_date_asset UNIQUE (user_id, input_date, asset_key),
    CONSTRAINT fk_market_input_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_market_input_asset FOREIGN KEY (asset_id) REFERENCES asset (id),
    CONSTRAINT ck_market_input_fear_greed CHECK (fear_greed IS NULL OR fear_greed BETWEEN 0 AND 100),
    CONSTRAINT ck_market_input_top10 CHECK (top10_holder_share IS NULL OR top10_holder_share BETWEEN 0 AND 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The case studies of seed 001 (tokenomics on the demo); LUNA is already there (V2).
INSERT INTO asset (symbol, name, tier, sector, stablecoin, price_feed_id) VALUES
    ('CAMP',  'Camp Network', 'SATELLITE', 'Public chain',   FALSE, 'camp-network'),
    ('EIGEN', 'EigenLayer',   'SATELLITE', 'Infrastructure', FALSE, 'eigenlayer');
