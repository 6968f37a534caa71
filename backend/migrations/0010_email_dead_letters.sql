-- An email that still fails after MAIL_MAX_ATTEMPTS attempts is marked failed (a dead letter):
-- the sender leaves it alone until an admin retries it from the back office.
ALTER TABLE email_outbox ADD COLUMN failed_at timestamptz;
DROP INDEX email_outbox_pending_idx;
CREATE INDEX email_outbox_pending_idx ON email_outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
CREATE INDEX email_outbox_failed_idx ON email_outbox (id DESC) WHERE failed_at IS NOT NULL;
