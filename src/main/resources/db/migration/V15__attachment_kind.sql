-- What a stored file is: sent by the citizen with the report or added information (REPORT), evidence the
-- investigator gathered (EVIDENCE), or the official's written explanation (EXPLANATION). The last two are uploaded
-- by staff on the case page; uploaded_by and uploaded_at (V6) say who and when.
ALTER TABLE attachment ADD COLUMN kind VARCHAR(16) DEFAULT 'REPORT' NOT NULL;
ALTER TABLE attachment ADD CONSTRAINT ck_attachment_kind CHECK (kind IN ('REPORT', 'EVIDENCE', 'EXPLANATION'));
