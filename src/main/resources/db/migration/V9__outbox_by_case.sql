-- The case's notices: the case view lists them, and the registration sends those stored with the report
-- (PostgreSQL does not index a foreign key by itself).
CREATE INDEX ix_outbox_case ON notification_outbox (case_id, status);
