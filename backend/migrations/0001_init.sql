-- The shop's schema: accounts, catalog, carts, orders, and the bookkeeping the API contract needs
-- (refresh tokens, one-time tokens, email outbox, idempotency keys, the order-number counter).

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Accounts -----------------------------------------------------------------------------------

CREATE TABLE users (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email           text        NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
    hashed_password text        NOT NULL,
    full_name       text        NOT NULL CHECK (length(full_name) <= 200),
    role            text        NOT NULL DEFAULT 'customer' CHECK (role IN ('customer', 'admin')),
    is_active       boolean     NOT NULL DEFAULT true,
    is_verified     boolean     NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT users_email_key UNIQUE (email)
);
CREATE INDEX users_created_at_idx ON users (created_at DESC);
CREATE INDEX users_search_trgm_idx ON users USING gin (email gin_trgm_ops, full_name gin_trgm_ops);

-- Single-use tokens sent by email (verification 24 h, password reset 1 h); only their hash is kept.
CREATE TABLE user_tokens (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    text        NOT NULL CHECK (purpose IN ('verify_email', 'reset_password')),
    token_hash bytea       NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_tokens_token_hash_key UNIQUE (token_hash)
);
CREATE INDEX user_tokens_user_idx ON user_tokens (user_id, purpose);

-- Refresh tokens, one row per issued token. A login starts a family; each refresh rotates to a
-- new row of the same family. Presenting a rotated token again revokes the whole family.
CREATE TABLE refresh_tokens (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    family_id   uuid        NOT NULL,
    token_hash  bytea       NOT NULL,
    expires_at  timestamptz NOT NULL,
    rotated_at  timestamptz,
    revoked_at  timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT refresh_tokens_token_hash_key UNIQUE (token_hash)
);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);

-- Catalog ------------------------------------------------------------------------------------

CREATE TABLE categories (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    slug        text        NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    description text,
    image_url   text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT categories_slug_key UNIQUE (slug)
);
CREATE INDEX categories_name_idx ON categories (name);

CREATE TABLE products (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name             text          NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    slug             text          NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    description      text          NOT NULL DEFAULT '',
    price            numeric(12,2) NOT NULL CHECK (price >= 0),
    compare_at_price numeric(12,2) CHECK (compare_at_price >= 0),
    cost_per_item    numeric(12,2) CHECK (cost_per_item >= 0),
    stock_quantity   integer       NOT NULL DEFAULT 0 CHECK (stock_quantity >= 0),
    sku              text          NOT NULL CHECK (length(sku) BETWEEN 1 AND 64),
    image_url        text,
    images           text[]        NOT NULL DEFAULT '{}',
    is_active        boolean       NOT NULL DEFAULT true,
    is_featured      boolean       NOT NULL DEFAULT false,
    category_id      bigint        REFERENCES categories (id) ON DELETE RESTRICT,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    updated_at       timestamptz   NOT NULL DEFAULT now(),
    -- Full-text search: name weighs more than sku, sku more than description.
    search_vector    tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', name), 'A') ||
        setweight(to_tsvector('english', sku), 'B') ||
        setweight(to_tsvector('english', description), 'C')) STORED,
    CONSTRAINT products_slug_key UNIQUE (slug),
    CONSTRAINT products_sku_key UNIQUE (sku)
);
CREATE INDEX products_category_idx ON products (category_id, created_at DESC) WHERE is_active;
CREATE INDEX products_newest_idx ON products (created_at DESC, id DESC) WHERE is_active;
CREATE INDEX products_price_idx ON products (price, id) WHERE is_active;
CREATE INDEX products_name_idx ON products (name, id) WHERE is_active;
CREATE INDEX products_featured_idx ON products (created_at DESC) WHERE is_active AND is_featured;
CREATE INDEX products_search_idx ON products USING gin (search_vector);
CREATE INDEX products_name_trgm_idx ON products USING gin (lower(name) gin_trgm_ops);
CREATE INDEX products_low_stock_idx ON products (stock_quantity) WHERE is_active;

-- Carts --------------------------------------------------------------------------------------

CREATE TABLE cart_items (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    product_id bigint      NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    quantity   integer     NOT NULL CHECK (quantity > 0),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT cart_items_user_product_key UNIQUE (user_id, product_id)
);
CREATE INDEX cart_items_product_idx ON cart_items (product_id);

-- Orders -------------------------------------------------------------------------------------

-- One row: the last order number handed out. Taken with UPDATE ... RETURNING inside the checkout
-- transaction, so numbers are sequential and gap-free (a rolled-back checkout returns its number).
CREATE TABLE order_number_counter (
    id         boolean PRIMARY KEY DEFAULT true CHECK (id),
    last_value bigint  NOT NULL
);
INSERT INTO order_number_counter (id, last_value) VALUES (true, 100000);

CREATE TABLE orders (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_number         text          NOT NULL,
    user_id              bigint        NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    status               text          NOT NULL DEFAULT 'pending'
                         CHECK (status IN ('pending', 'processing', 'shipped', 'delivered', 'cancelled')),
    subtotal             numeric(12,2) NOT NULL CHECK (subtotal >= 0),
    total_amount         numeric(12,2) NOT NULL CHECK (total_amount >= 0),
    customer_name        text          NOT NULL,
    customer_email       text          NOT NULL,
    customer_phone       text,
    shipping_address     text          NOT NULL,
    shipping_city        text          NOT NULL,
    shipping_state       text,
    shipping_postal_code text          NOT NULL,
    shipping_country     text          NOT NULL,
    notes                text,
    created_at           timestamptz   NOT NULL DEFAULT now(),
    updated_at           timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT orders_order_number_key UNIQUE (order_number)
);
CREATE INDEX orders_user_idx ON orders (user_id, created_at DESC, id DESC);
CREATE INDEX orders_status_idx ON orders (status, created_at DESC);
CREATE INDEX orders_created_at_idx ON orders (created_at DESC, id DESC);
CREATE INDEX orders_customer_email_idx ON orders (lower(customer_email));

CREATE TABLE order_items (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id     bigint        NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id   bigint        NOT NULL REFERENCES products (id) ON DELETE RESTRICT,
    product_name text          NOT NULL,
    product_sku  text          NOT NULL,
    quantity     integer       NOT NULL CHECK (quantity > 0),
    price        numeric(12,2) NOT NULL CHECK (price >= 0)
);
CREATE INDEX order_items_order_idx ON order_items (order_id);
CREATE INDEX order_items_product_idx ON order_items (product_id);

-- A repeated checkout with the same Idempotency-Key returns the first order. Keys belong to one
-- user and are kept 24 hours.
CREATE TABLE idempotency_keys (
    user_id         bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    key             text        NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
    request_hash    bytea       NOT NULL,
    order_id        bigint      REFERENCES orders (id) ON DELETE CASCADE,
    response_status integer,
    response_body   text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, key)
);
CREATE INDEX idempotency_keys_created_at_idx ON idempotency_keys (created_at);

-- Email --------------------------------------------------------------------------------------

-- Written in the same transaction as the change that causes the email; a sender delivers the rows
-- and marks each one sent only once delivered, so an SMTP outage delays mail and loses none.
CREATE TABLE email_outbox (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind            text        NOT NULL,
    to_address      text        NOT NULL,
    subject         text        NOT NULL,
    text_body       text        NOT NULL,
    html_body       text        NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text,
    sent_at         timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX email_outbox_pending_idx ON email_outbox (next_attempt_at) WHERE sent_at IS NULL;
