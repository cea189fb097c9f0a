-- The portfolio policy (issue 6): the written policy, DCA plans and their executions, trailing and
-- fixed stops, take-profit ladders with their state and triggers, and rebalancing suggestions.
-- Fractions are fractions (0.65, never 65); amounts and prices are DECIMAL(38,18) like the ledger.
-- Whatever must happen once has a unique key: one execution per plan and date, one trigger per plan,
-- kind and step, one quarterly suggestion per portfolio and quarter.

-- One policy per portfolio; a portfolio without a row follows the defaults.
CREATE TABLE portfolio_policy (
    id                   BIGINT         NOT NULL AUTO_INCREMENT,
    portfolio_id         BIGINT         NOT NULL,
    core_target          DECIMAL(38,18) NOT NULL,
    core_min             DECIMAL(38,18) NOT NULL,
    core_max             DECIMAL(38,18) NOT NULL,
    satellite_cap        DECIMAL(38,18) NOT NULL,
    core_exempt_from_cap BOOLEAN        NOT NULL,
    sector_cap           DECIMAL(38,18) NOT NULL,
    min_trade            DECIMAL(38,18) NOT NULL,
    fee_rate             DECIMAL(38,18) NOT NULL,
    no_buy_below         DECIMAL(38,18) NOT NULL,
    sell_below           DECIMAL(38,18) NOT NULL,
    updated_at           DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_portfolio_policy_portfolio UNIQUE (portfolio_id),
    CONSTRAINT fk_portfolio_policy_portfolio FOREIGN KEY (portfolio_id) REFERENCES portfolio (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The per-asset targets inside a sleeve: the core weights, and optional satellite weights
-- (none stored means equal weight among the eligible satellites).
CREATE TABLE policy_weight (
    id        BIGINT         NOT NULL AUTO_INCREMENT,
    policy_id BIGINT         NOT NULL,
    sleeve    VARCHAR(10)    NOT NULL,
    asset_id  BIGINT         NOT NULL,
    weight    DECIMAL(38,18) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_policy_weight UNIQUE (policy_id, sleeve, asset_id),
    CONSTRAINT fk_policy_weight_policy FOREIGN KEY (policy_id) REFERENCES portfolio_policy (id) ON DELETE CASCADE,
    CONSTRAINT fk_policy_weight_asset FOREIGN KEY (asset_id) REFERENCES asset (id),
    CONSTRAINT ck_policy_weight_sleeve CHECK (sleeve IN ('CORE', 'SATELLITE')),
    CONSTRAINT ck_policy_weight_weight CHECK (weight >= 0 AND weight <= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A DCA plan (定投). The multipliers are null when the plan buys the same amount every time.
-- last_run_on: the last date up to which due dates were looked at.
CREATE TABLE dca_plan (
    id                   BIGINT         NOT NULL AUTO_INCREMENT,
    user_id              BIGINT         NOT NULL,
    asset_id             BIGINT         NOT NULL,
    account_id           BIGINT         NULL,
    amount               DECIMAL(38,18) NOT NULL,
    frequency            VARCHAR(10)    NOT NULL,
    day_of_week          VARCHAR(9)     NULL,
    day_of_month         INT            NULL,
    start_date           DATE           NOT NULL,
    end_date             DATE           NULL,
    budget               DECIMAL(38,18) NULL,
    auto_record          BOOLEAN        NOT NULL,
    mvrv_below              DECIMAL(38,18) NULL,
    mvrv_below_factor       DECIMAL(38,18) NULL,
    mvrv_above              DECIMAL(38,18) NULL,
    mvrv_above_factor       DECIMAL(38,18) NULL,
    fear_greed_below        INT            NULL,
    fear_greed_below_factor DECIMAL(38,18) NULL,
    fear_greed_above        INT            NULL,
    fear_greed_above_factor DECIMAL(38,18) NULL,
    last_run_on          DATE           NULL,
    created_at           DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    KEY ix_dca_plan_user (user_id),
    CONSTRAINT fk_dca_plan_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_dca_plan_asset FOREIGN KEY (asset_id) REFERENCES asset (id),
    CONSTRAINT fk_dca_plan_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT ck_dca_plan_frequency CHECK (frequency IN ('DAILY', 'WEEKLY', 'BIWEEKLY', 'MONTHLY')),
    CONSTRAINT ck_dca_plan_amount CHECK (amount > 0),
    CONSTRAINT ck_dca_plan_day_of_month CHECK (day_of_month IS NULL OR (day_of_month BETWEEN 1 AND 31))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Exactly one execution per plan and due date: a second run inserts nothing.
CREATE TABLE dca_execution (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    plan_id        BIGINT         NOT NULL,
    due_date       DATE           NOT NULL,
    status         VARCHAR(10)    NOT NULL,
    amount         DECIMAL(38,18) NULL,
    quantity       DECIMAL(38,18) NULL,
    price          DECIMAL(38,18) NULL,
    reason         VARCHAR(500)   NULL,
    transaction_id BIGINT         NULL,
    created_at     DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_dca_execution_plan_date UNIQUE (plan_id, due_date),
    CONSTRAINT fk_dca_execution_plan FOREIGN KEY (plan_id) REFERENCES dca_plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_dca_execution_transaction FOREIGN KEY (transaction_id) REFERENCES ledger_transaction (id)
        ON DELETE SET NULL,
    CONSTRAINT ck_dca_execution_status CHECK (status IN ('EXECUTED', 'PENDING', 'SKIPPED', 'MISSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A stop on a position: TRAILING (trail below the high-water mark) or FIXED (a price, or a fraction
-- below average cost). armed_on: the first day whose close counts; quantity and average_cost: the
-- position when the stop was set. The columns from state_armed_at on are the evaluator's state
-- between prices (the engine's PlanState).
CREATE TABLE position_stop (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    user_id          BIGINT         NOT NULL,
    asset_id         BIGINT         NOT NULL,
    account_id       BIGINT         NULL,
    kind             VARCHAR(10)    NOT NULL,
    trail            DECIMAL(38,18) NULL,
    fixed_price      DECIMAL(38,18) NULL,
    below_cost       DECIMAL(38,18) NULL,
    sell_fraction    DECIMAL(38,18) NOT NULL,
    armed_on         DATE           NOT NULL,
    quantity         DECIMAL(38,18) NOT NULL,
    average_cost     DECIMAL(38,18) NULL,
    state_armed_at   DATETIME(6)    NULL,
    high_water_mark  DECIMAL(38,18) NULL,
    stop_price       DECIMAL(38,18) NULL,
    last_price       DECIMAL(38,18) NULL,
    last_price_at    DATETIME(6)    NULL,
    pending_price    DECIMAL(38,18) NULL,
    pending_at       DATETIME(6)    NULL,
    evaluated_until  DATETIME(6)    NULL,
    triggered        BOOLEAN        NOT NULL DEFAULT FALSE,
    sold_quantity    DECIMAL(38,18) NOT NULL DEFAULT 0,
    triggered_on     DATE           NULL,
    created_at       DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    KEY ix_position_stop_user (user_id),
    CONSTRAINT fk_position_stop_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_position_stop_asset FOREIGN KEY (asset_id) REFERENCES asset (id),
    CONSTRAINT fk_position_stop_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT ck_position_stop_kind CHECK (kind IN ('TRAILING', 'FIXED')),
    CONSTRAINT ck_position_stop_fraction CHECK (sell_fraction > 0 AND sell_fraction <= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A take-profit ladder (分批止盈): steps at fractions of the target gain, then a trailing take-profit.
CREATE TABLE take_profit_ladder (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    user_id          BIGINT         NOT NULL,
    asset_id         BIGINT         NOT NULL,
    account_id       BIGINT         NULL,
    target_gain      DECIMAL(38,18) NOT NULL,
    trail            DECIMAL(38,18) NULL,
    armed_on         DATE           NOT NULL,
    quantity         DECIMAL(38,18) NOT NULL,
    average_cost     DECIMAL(38,18) NOT NULL,
    state_armed_at   DATETIME(6)    NULL,
    high_water_mark  DECIMAL(38,18) NULL,
    stop_price       DECIMAL(38,18) NULL,
    last_price       DECIMAL(38,18) NULL,
    last_price_at    DATETIME(6)    NULL,
    pending_price    DECIMAL(38,18) NULL,
    pending_at       DATETIME(6)    NULL,
    evaluated_until  DATETIME(6)    NULL,
    fired_steps      INT            NOT NULL DEFAULT 0,
    take_profit_triggered BOOLEAN   NOT NULL DEFAULT FALSE,
    sold_quantity    DECIMAL(38,18) NOT NULL DEFAULT 0,
    finished_on      DATE           NULL,
    created_at       DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    KEY ix_take_profit_ladder_user (user_id),
    CONSTRAINT fk_take_profit_ladder_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_take_profit_ladder_asset FOREIGN KEY (asset_id) REFERENCES asset (id),
    CONSTRAINT fk_take_profit_ladder_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT ck_take_profit_ladder_gain CHECK (target_gain > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE take_profit_step (
    id                     BIGINT         NOT NULL AUTO_INCREMENT,
    ladder_id              BIGINT         NOT NULL,
    position               INT            NOT NULL,
    at_fraction_of_target  DECIMAL(38,18) NOT NULL,
    sell_fraction          DECIMAL(38,18) NOT NULL,
    fired_on               DATE           NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_take_profit_step UNIQUE (ladder_id, position),
    CONSTRAINT fk_take_profit_step_ladder FOREIGN KEY (ladder_id) REFERENCES take_profit_ladder (id) ON DELETE CASCADE,
    CONSTRAINT ck_take_profit_step_fraction CHECK (sell_fraction > 0 AND sell_fraction <= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Suggested trades. MANUAL: asked for by the investor; QUARTERLY: made by the quarterly job, once per
-- quarter (quarter like '2026-Q4', NULL otherwise: MySQL lets several NULLs share a unique key);
-- STOP and TAKE_PROFIT: the sell a triggered plan suggests.
CREATE TABLE rebalance_suggestion (
    id           BIGINT         NOT NULL AUTO_INCREMENT,
    portfolio_id BIGINT         NOT NULL,
    created_at   DATETIME(6)    NOT NULL,
    mode         VARCHAR(10)    NOT NULL,
    status       VARCHAR(10)    NOT NULL,
    kind         VARCHAR(12)    NOT NULL,
    quarter      VARCHAR(7)     NULL,
    cash         DECIMAL(38,18) NOT NULL,
    cash_after   DECIMAL(38,18) NOT NULL,
    value_before DECIMAL(38,18) NOT NULL,
    value_after  DECIMAL(38,18) NOT NULL,
    core_before  DECIMAL(38,18) NOT NULL,
    core_after   DECIMAL(38,18) NOT NULL,
    satellites_before DECIMAL(38,18) NOT NULL,
    satellites_after  DECIMAL(38,18) NOT NULL,
    decided_at   DATETIME(6)    NULL,
    PRIMARY KEY (id),
    KEY ix_rebalance_suggestion_portfolio (portfolio_id, created_at),
    CONSTRAINT uq_rebalance_suggestion_quarter UNIQUE (portfolio_id, quarter),
    CONSTRAINT fk_rebalance_suggestion_portfolio FOREIGN KEY (portfolio_id) REFERENCES portfolio (id),
    CONSTRAINT ck_rebalance_suggestion_mode CHECK (mode IN ('FULL', 'BUY_ONLY')),
    CONSTRAINT ck_rebalance_suggestion_status CHECK (status IN ('OPEN', 'ACCEPTED', 'DISMISSED')),
    CONSTRAINT ck_rebalance_suggestion_kind CHECK (kind IN ('MANUAL', 'QUARTERLY', 'STOP', 'TAKE_PROFIT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rebalance_trade (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    suggestion_id  BIGINT         NOT NULL,
    position       INT            NOT NULL,
    asset_id       BIGINT         NOT NULL,
    account_id     BIGINT         NULL,
    side           VARCHAR(4)     NOT NULL,
    quantity       DECIMAL(38,18) NOT NULL,
    price          DECIMAL(38,18) NOT NULL,
    value          DECIMAL(38,18) NOT NULL,
    fee            DECIMAL(38,18) NOT NULL,
    reason         VARCHAR(500)   NOT NULL,
    transaction_id BIGINT         NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_rebalance_trade UNIQUE (suggestion_id, position),
    CONSTRAINT fk_rebalance_trade_suggestion FOREIGN KEY (suggestion_id) REFERENCES rebalance_suggestion (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_rebalance_trade_asset FOREIGN KEY (asset_id) REFERENCES asset (id),
    CONSTRAINT fk_rebalance_trade_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT fk_rebalance_trade_transaction FOREIGN KEY (transaction_id) REFERENCES ledger_transaction (id)
        ON DELETE SET NULL,
    CONSTRAINT ck_rebalance_trade_side CHECK (side IN ('BUY', 'SELL')),
    CONSTRAINT ck_rebalance_trade_quantity CHECK (quantity > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a suggestion's trades cannot achieve, and why (rule: POSITION_CAP, CORE_BAND, …).
CREATE TABLE rebalance_unmet (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    suggestion_id BIGINT       NOT NULL,
    position      INT          NOT NULL,
    rule          VARCHAR(40)  NOT NULL,
    subject       VARCHAR(80)  NOT NULL,
    reason        VARCHAR(1000) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_rebalance_unmet UNIQUE (suggestion_id, position),
    CONSTRAINT fk_rebalance_unmet_suggestion FOREIGN KEY (suggestion_id) REFERENCES rebalance_suggestion (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each asset's share of the portfolio before and after a suggestion's trades, and its target.
CREATE TABLE rebalance_weight (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    suggestion_id BIGINT         NOT NULL,
    symbol        VARCHAR(15)    NOT NULL,
    weight_before DECIMAL(38,18) NOT NULL,
    weight_after  DECIMAL(38,18) NOT NULL,
    weight_target DECIMAL(38,18) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_rebalance_weight UNIQUE (suggestion_id, symbol),
    CONSTRAINT fk_rebalance_weight_suggestion FOREIGN KEY (suggestion_id) REFERENCES rebalance_suggestion (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a stop or a ladder did, once: the unique key makes a second evaluation of the same prices
-- (a retry, another instance) insert nothing. step is 0 for a stop and the trailing take-profit.
CREATE TABLE plan_trigger (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    user_id        BIGINT         NOT NULL,
    plan_kind      VARCHAR(10)    NOT NULL,
    plan_id        BIGINT         NOT NULL,
    trigger_kind   VARCHAR(24)    NOT NULL,
    step           INT            NOT NULL,
    asset_id       BIGINT         NOT NULL,
    triggered_on   DATE           NOT NULL,
    price          DECIMAL(38,18) NOT NULL,
    stop_price     DECIMAL(38,18) NULL,
    quantity       DECIMAL(38,18) NOT NULL,
    suggestion_id  BIGINT         NULL,
    created_at     DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    KEY ix_plan_trigger_user (user_id, triggered_on),
    CONSTRAINT uq_plan_trigger UNIQUE (plan_kind, plan_id, trigger_kind, step),
    CONSTRAINT fk_plan_trigger_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_plan_trigger_asset FOREIGN KEY (asset_id) REFERENCES asset (id),
    CONSTRAINT fk_plan_trigger_suggestion FOREIGN KEY (suggestion_id) REFERENCES rebalance_suggestion (id)
        ON DELETE SET NULL,
    CONSTRAINT ck_plan_trigger_plan_kind CHECK (plan_kind IN ('STOP', 'LADDER')),
    CONSTRAINT ck_plan_trigger_kind CHECK (trigger_kind IN ('STOP_TRIGGERED', 'TAKE_PROFIT_STEP', 'TRAILING_TAKE_PROFIT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
