-- The live price tick's state once per asset instead of once per plan (issue 4, the tick benchmark).
--
-- Every accepted price used to rewrite every armed plan's row (last accepted price and time, the
-- jump guard's held price, the high-water mark): 100,000 rows a tick. The guard state of the live
-- feed is the same for every plan that has followed it, so it is kept here, one row per asset: the
-- last accepted price and time, a held (unconfirmed) jump, the time of the last price fed, and the
-- highest price accepted since high_price was last reset.
CREATE TABLE asset_tick (
    asset_id         BIGINT         NOT NULL,
    last_price       DECIMAL(38,18) NULL,
    last_price_at    DATETIME(6)    NULL,
    pending_price    DECIMAL(38,18) NULL,
    pending_at       DATETIME(6)    NULL,
    evaluated_until  DATETIME(6)    NULL,
    high_price       DECIMAL(38,18) NULL,
    updated_at       DATETIME(6)    NULL,
    PRIMARY KEY (asset_id),
    CONSTRAINT fk_asset_tick_asset FOREIGN KEY (asset_id) REFERENCES asset (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- tick_synced: the plan follows its asset's asset_tick row. Its own last_price, last_price_at,
-- pending_price, pending_at and evaluated_until are then not used (those of asset_tick are), and its
-- high-water mark is the greater of its own and asset_tick.high_price (set only while its own mark is
-- at least high_price, so that the greater of the two is the highest price since it was armed). A
-- trailing stop's stop price follows from that mark. Set by the tick, cleared by anything else that
-- feeds or re-arms the plan (it then writes the plan's own state first).
-- wake_below / wake_above: for a synced plan, the own-state price at or below (above) which a price
-- can fire something: a stop's stop price, a ladder's next step price, its trailing take-profit price
-- once every step has fired. Stored rounded outwards; the tick reads only the synced plans a price can
-- reach (those, or a trail within the fall from high_price) and judges them exactly: one index range
-- per condition (the live keys also answer which users a tick locks without reading the rows).
ALTER TABLE position_stop
    ADD COLUMN tick_synced BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN wake_below DECIMAL(38,18) NULL,
    ADD KEY ix_position_stop_live (asset_id, triggered, user_id),
    ADD KEY ix_position_stop_wake (asset_id, triggered, tick_synced, wake_below),
    ADD KEY ix_position_stop_trail (asset_id, triggered, tick_synced, trail);

ALTER TABLE take_profit_ladder
    ADD COLUMN tick_synced BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN wake_above DECIMAL(38,18) NULL,
    ADD COLUMN wake_below DECIMAL(38,18) NULL,
    ADD KEY ix_take_profit_ladder_live (asset_id, finished_on, user_id),
    ADD KEY ix_take_profit_ladder_wake (asset_id, finished_on, tick_synced, wake_above, trail),
    ADD KEY ix_take_profit_ladder_wake_below (asset_id, finished_on, tick_synced, wake_below);
