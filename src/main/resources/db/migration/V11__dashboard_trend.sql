-- The SLA dashboard's 12-week trend counts the cases received and closed in each week: without these indexes
-- every page view read the whole case table (PostgreSQL, 1.1 million cases: 360 ms for the received ones alone).
-- Portable between H2 2.x and PostgreSQL 15.
CREATE INDEX ix_case_received_at ON report_case (received_at);
CREATE INDEX ix_case_closed_at ON report_case (closed_at);
