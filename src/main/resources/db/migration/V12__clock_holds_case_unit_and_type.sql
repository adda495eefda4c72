-- The SLA list filtered by unit or category and the dashboard's counts by unit and type read the clocks alone:
-- each clock carries its case's unit, category and report type. Before, both joined every open clock to its
-- case (PostgreSQL, 113,000 open clocks among 1.1 million cases: the overdue list of one unit 472 ms, the
-- dashboard's counts 634 ms). The case's unit and type never change; its category is set at classification,
-- which updates the clocks in the same transaction (CaseRepository.classify).
ALTER TABLE case_clock ADD COLUMN unit_code VARCHAR(40);
ALTER TABLE case_clock ADD COLUMN category VARCHAR(20);
ALTER TABLE case_clock ADD COLUMN report_type VARCHAR(20);
UPDATE case_clock SET
    unit_code   = (SELECT c.unit_code FROM report_case c WHERE c.id = case_clock.case_id),
    category    = (SELECT c.category FROM report_case c WHERE c.id = case_clock.case_id),
    report_type = (SELECT c.report_type FROM report_case c WHERE c.id = case_clock.case_id);
-- the overdue / at-risk list of one unit in due order, and its count
CREATE INDEX ix_clock_state_unit_due ON case_clock (state, unit_code, due_on, id);
