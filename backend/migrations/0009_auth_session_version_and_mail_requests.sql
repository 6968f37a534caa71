-- Access tokens are not stored, so ending them takes a number the token can be compared with:
-- every token carries the session version of its user at issue time ("ver"), and logout,
-- password change, reset and deactivation move the version on. The per-request account lookup
-- reads it with the role and the active flag, at no extra cost.
ALTER TABLE users ADD COLUMN token_version bigint NOT NULL DEFAULT 0;

-- Asks for a password reset or a new verification link, as received. The request only records
-- the ask, the same for every address, so neither its answer nor its timing tells whether an
-- account exists; the account mailer decides afterwards whether and what to mail.
CREATE TABLE account_mail_requests (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    purpose      text        NOT NULL CHECK (purpose IN ('verify_email', 'reset_password')),
    email        text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    processed_at timestamptz
);
CREATE INDEX account_mail_requests_pending_idx ON account_mail_requests (id) WHERE processed_at IS NULL;
