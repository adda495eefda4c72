-- The duplicate suggestion of every new case asks for the open cases about the same official: how many, and the
-- 10 newest. In a viral spike thousands are open about one person; with ix_case_official alone both questions
-- read every one of them (PostgreSQL, 10,000 open: 31 ms per registration, growing with each report).
-- This index answers both from the open ones in received order.
CREATE INDEX ix_case_official_open ON report_case (official_badge_code, closed_at, received_at, id);
