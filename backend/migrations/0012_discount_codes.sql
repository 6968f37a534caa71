-- Discount codes: made by an admin, applied by a customer to their cart, used at checkout. The use
-- count is taken in the checkout's transaction (times_used never passes usage_limit) and given back
-- when an order that used the code is cancelled. Orders keep the code's text and the amount it
-- took off, so deleting a code never changes an order.
CREATE TABLE discount_codes (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code              text          NOT NULL CHECK (code ~ '^[A-Z0-9_-]{3,32}$'),
    kind              text          NOT NULL CHECK (kind IN ('percentage', 'fixed')),
    value             numeric(12,2) NOT NULL CHECK (value > 0),
    min_subtotal      numeric(12,2) CHECK (min_subtotal >= 0),
    starts_at         timestamptz,
    ends_at           timestamptz,
    usage_limit       integer       CHECK (usage_limit >= 1),
    times_used        integer       NOT NULL DEFAULT 0 CHECK (times_used >= 0),
    once_per_customer boolean       NOT NULL DEFAULT false,
    is_active         boolean       NOT NULL DEFAULT true,
    created_at        timestamptz   NOT NULL DEFAULT now(),
    updated_at        timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT discount_codes_code_key UNIQUE (code),
    CONSTRAINT discount_codes_percentage_check CHECK (kind <> 'percentage' OR value <= 100),
    CONSTRAINT discount_codes_dates_check CHECK (ends_at IS NULL OR starts_at IS NULL OR ends_at > starts_at),
    CONSTRAINT discount_codes_limit_check CHECK (usage_limit IS NULL OR times_used <= usage_limit)
);
CREATE INDEX discount_codes_created_idx ON discount_codes (created_at DESC, id DESC);

-- The code a customer applied to their cart (one at most); emptied by checkout with the cart.
CREATE TABLE cart_discounts (
    user_id          bigint      PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    discount_code_id bigint      NOT NULL REFERENCES discount_codes (id) ON DELETE CASCADE,
    applied_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cart_discounts_code_idx ON cart_discounts (discount_code_id);

ALTER TABLE orders
    ADD COLUMN discount_code_id bigint REFERENCES discount_codes (id) ON DELETE SET NULL,
    ADD COLUMN discount_code    text,
    ADD COLUMN discount_amount  numeric(12,2) NOT NULL DEFAULT 0 CHECK (discount_amount >= 0),
    ADD CONSTRAINT orders_discount_check CHECK (discount_amount <= subtotal);
-- A code's orders: its usage in the back office and the one-per-customer rule.
CREATE INDEX orders_discount_code_idx ON orders (discount_code_id, user_id) WHERE discount_code_id IS NOT NULL;
