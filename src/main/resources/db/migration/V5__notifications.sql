-- Notifications (issue 5): HTML part, audience, the send process, the last error, and the secret
-- (access code) that is redacted from the stored body once the SMTP server accepted the mail.
-- status: HELD (no SMTP configured) | PENDING | SENT | FAILED
ALTER TABLE notification_outbox ADD COLUMN html_body VARCHAR(16000);
ALTER TABLE notification_outbox ADD COLUMN audience VARCHAR(20);
ALTER TABLE notification_outbox ADD COLUMN secret VARCHAR(100);
ALTER TABLE notification_outbox ADD COLUMN secret_redacted BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE notification_outbox ADD COLUMN last_error VARCHAR(1000);
ALTER TABLE notification_outbox ADD COLUMN process_instance_id VARCHAR(64);
ALTER TABLE notification_outbox ADD COLUMN last_attempt_at TIMESTAMP WITH TIME ZONE;
