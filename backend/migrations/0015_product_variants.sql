-- Product variants: a product's options (Size: S, M, L) and the variants sold, one per combination,
-- each with its own SKU, price (NULL: the product's), compare-at price and stock. A product with
-- variants keeps the sum of their stock in products.stock_quantity: every writer changes both in
-- one transaction, the product's row first (the lock order of checkout), so listings, filters and
-- low-stock figures read one column as before.
ALTER TABLE products ADD COLUMN has_variants boolean NOT NULL DEFAULT false;

CREATE TABLE product_options (
    product_id bigint  NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    position   integer NOT NULL CHECK (position BETWEEN 0 AND 2),
    name       text    NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
    choices    text[]  NOT NULL CHECK (cardinality(choices) BETWEEN 1 AND 50),
    PRIMARY KEY (product_id, position),
    CONSTRAINT product_options_name_key UNIQUE (product_id, name)
);

CREATE TABLE product_variants (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    product_id       bigint        NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    option_values    text[]        NOT NULL CHECK (cardinality(option_values) BETWEEN 1 AND 3),
    sku              text          NOT NULL CHECK (length(sku) BETWEEN 1 AND 64),
    price            numeric(12,2) CHECK (price >= 0),
    compare_at_price numeric(12,2) CHECK (compare_at_price >= 0),
    stock_quantity   integer       NOT NULL DEFAULT 0 CHECK (stock_quantity >= 0),
    position         integer       NOT NULL,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    updated_at       timestamptz   NOT NULL DEFAULT now(),
    -- Checked at commit, so that one replacement of a product's variants may swap two SKUs or
    -- two combinations between its rows.
    CONSTRAINT product_variants_sku_key UNIQUE (sku) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT product_variants_combination_key UNIQUE (product_id, option_values) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX product_variants_product_idx ON product_variants (product_id, position);
CREATE INDEX product_variants_low_stock_idx ON product_variants (stock_quantity);

-- A cart line is a product, or one variant of it; the same variant twice is one line.
ALTER TABLE cart_items
    ADD COLUMN variant_id bigint REFERENCES product_variants (id) ON DELETE CASCADE,
    DROP CONSTRAINT cart_items_user_product_key,
    ADD CONSTRAINT cart_items_user_product_key UNIQUE NULLS NOT DISTINCT (user_id, product_id, variant_id);
CREATE INDEX cart_items_variant_idx ON cart_items (variant_id) WHERE variant_id IS NOT NULL;

-- An order item keeps the variant's title and SKU as they were; the link goes when the variant does.
ALTER TABLE order_items
    ADD COLUMN variant_id    bigint REFERENCES product_variants (id) ON DELETE SET NULL,
    ADD COLUMN variant_title text;
CREATE INDEX order_items_variant_idx ON order_items (variant_id) WHERE variant_id IS NOT NULL;

-- A back-in-stock alert waits for a product, or for one variant of it.
ALTER TABLE stock_alerts
    ADD COLUMN variant_id bigint REFERENCES product_variants (id) ON DELETE CASCADE,
    DROP CONSTRAINT stock_alerts_pkey,
    ADD CONSTRAINT stock_alerts_key UNIQUE NULLS NOT DISTINCT (product_id, variant_id, user_id);
