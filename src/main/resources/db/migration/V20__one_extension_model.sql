-- One extension model: the investigation's approved extensions (case_extension) become rows of the clocks'
-- clock_extension, whose approved days the resolution clock's due date is recomputed from. Portable between H2 2.x
-- and PostgreSQL 15.

-- case_extension kept no request of its own: each of its rows is an approved extension of the RESOLUTION clock.
INSERT INTO clock_extension (clock_id, days, reason, complexity, status, requested_by, requested_at, decision_no,
                             decided_by, decided_at, legal_basis)
SELECT k.id, e.days, e.reason,
       CASE WHEN e.complexity = 'ESPECIALLY_COMPLEX' THEN 'VERY_COMPLEX' ELSE 'COMPLEX' END,
       'APPROVED', e.requested_by, e.approved_at, NULL, e.approved_by, e.approved_at, k.legal_basis
  FROM case_extension e
  JOIN case_clock k ON k.case_id = e.case_id AND k.kind = 'RESOLUTION';

-- case_extension added its days to the clock's period; clock_extension's approved days are added on top of the
-- period, so the period goes back to the policy's and the due date stays where it is.
UPDATE case_clock SET period_days = period_days - (SELECT SUM(e.days) FROM case_extension e WHERE e.case_id = case_clock.case_id)
 WHERE kind = 'RESOLUTION' AND EXISTS (SELECT 1 FROM case_extension e WHERE e.case_id = case_clock.case_id);

-- the complexity the last approval stated, as an approval through the clock API records it
UPDATE case_clock SET complexity = (SELECT CASE WHEN MAX(e.complexity) = 'ESPECIALLY_COMPLEX' THEN 'VERY_COMPLEX' ELSE 'COMPLEX' END
                                      FROM case_extension e WHERE e.case_id = case_clock.case_id)
 WHERE kind = 'RESOLUTION' AND EXISTS (SELECT 1 FROM case_extension e WHERE e.case_id = case_clock.case_id);

DROP TABLE case_extension;
