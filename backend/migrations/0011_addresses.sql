-- The address book: a customer's saved delivery addresses, at most one of them the default. An
-- order keeps its own copy of the address it was placed with (orders.shipping_*), so changing or
-- deleting an address here never changes an order.
CREATE TABLE addresses (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id        bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    label          text,
    recipient_name text        NOT NULL,
    phone          text,
    address        text        NOT NULL,
    city           text        NOT NULL,
    state          text,
    postal_code    text        NOT NULL,
    country        text        NOT NULL,
    is_default     boolean     NOT NULL DEFAULT false,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX addresses_user_idx ON addresses (user_id, updated_at DESC, id DESC);
CREATE UNIQUE INDEX addresses_one_default_idx ON addresses (user_id) WHERE is_default;
