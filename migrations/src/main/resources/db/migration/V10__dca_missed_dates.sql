-- What a DCA plan does with the due dates that passed while Ballast was not running (issue 4):
-- MISS records them as missed (the behaviour so far, kept for every existing plan); BUY_LATE buys
-- them when Ballast runs again, at that run's price. Either way one execution per plan and date.
ALTER TABLE dca_plan
    ADD COLUMN missed_dates VARCHAR(10) NOT NULL DEFAULT 'MISS',
    ADD CONSTRAINT ck_dca_plan_missed_dates CHECK (missed_dates IN ('MISS', 'BUY_LATE'));
