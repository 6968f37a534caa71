-- A customer's wishlist (at most 200 products, checked by the API) and their back-in-stock alerts:
-- an alert waits while its product is sold out and ends with the one email sent when it is back.
CREATE TABLE wishlist_items (
    user_id    bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    product_id bigint      NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, product_id)
);
CREATE INDEX wishlist_items_user_idx ON wishlist_items (user_id, created_at DESC, product_id DESC);

CREATE TABLE stock_alerts (
    user_id    bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    product_id bigint      NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (product_id, user_id)
);
CREATE INDEX stock_alerts_user_idx ON stock_alerts (user_id);
