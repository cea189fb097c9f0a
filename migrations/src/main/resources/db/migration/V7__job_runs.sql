-- Ballast's scheduled jobs (issue 4): a record of every run, and the daily value of each portfolio.

-- One row per run of a job, written when the run starts (outcome NULL while it runs) and completed when
-- it ends. units: the users or portfolios the run worked through, each in its own transaction;
-- failed_units: those whose transaction was rolled back (named in error); changes: rows the run added
-- or changed (executions, suggestions, snapshots, ...). trigger_kind: what started it.
CREATE TABLE job_run (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    job_id        VARCHAR(40)   NOT NULL,
    instance      VARCHAR(200)  NOT NULL,
    trigger_kind  VARCHAR(10)   NOT NULL,
    started_at    DATETIME(6)   NOT NULL,
    finished_at   DATETIME(6)   NULL,
    duration_ms   BIGINT        NULL,
    outcome       VARCHAR(10)   NULL,
    error         TEXT          NULL,
    units         INT           NULL,
    failed_units  INT           NULL,
    changes       INT           NULL,
    PRIMARY KEY (id),
    KEY ix_job_run_job (job_id, started_at),
    CONSTRAINT ck_job_run_outcome CHECK (outcome IS NULL OR outcome IN ('OK', 'FAILED', 'PARTIAL')),
    CONSTRAINT ck_job_run_trigger CHECK (trigger_kind IN ('SCHEDULE', 'STARTUP', 'MANUAL', 'RECOVERY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The value and cost of a portfolio at the closes of one day (the value-over-time chart): one row per
-- portfolio and date, whichever instance or run computes it. DECIMAL(65,18), not (38,18): a value is a sum
-- of quantities times prices, each of which may use the 20 integer digits of its own column.
CREATE TABLE portfolio_value_snapshot (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    portfolio_id   BIGINT         NOT NULL,
    snapshot_date  DATE           NOT NULL,
    value          DECIMAL(65,18) NOT NULL,
    cost           DECIMAL(65,18) NOT NULL,
    computed_at    DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_portfolio_value_snapshot UNIQUE (portfolio_id, snapshot_date),
    CONSTRAINT fk_portfolio_value_snapshot_portfolio FOREIGN KEY (portfolio_id) REFERENCES portfolio (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
