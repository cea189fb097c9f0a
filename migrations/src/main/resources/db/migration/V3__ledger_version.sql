-- Counts the changes of a portfolio's ledger. Every write to ledger_transaction increments it in the
-- same database transaction (with the portfolio row locked), so an application instance can keep
-- the ledger it has read and know, with one cheap query, whether it is still current.
ALTER TABLE portfolio ADD COLUMN ledger_version BIGINT NOT NULL DEFAULT 0;
