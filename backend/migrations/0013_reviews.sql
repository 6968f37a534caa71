-- Reviews from verified buyers: one per customer and product, written only with a delivered order
-- containing the product (checked by the API), hidden by an admin when they must not be shown.
-- A product keeps the average and count of its visible reviews, updated with every review change,
-- for the product list's sort by rating.
CREATE TABLE reviews (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    product_id    bigint      NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    user_id       bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    rating        smallint    NOT NULL CHECK (rating BETWEEN 1 AND 5),
    title         text        NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
    body          text        NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
    is_hidden     boolean     NOT NULL DEFAULT false,
    helpful_count integer     NOT NULL DEFAULT 0 CHECK (helpful_count >= 0),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT reviews_product_user_key UNIQUE (product_id, user_id)
);
CREATE INDEX reviews_product_newest_idx ON reviews (product_id, created_at DESC, id DESC) WHERE NOT is_hidden;
CREATE INDEX reviews_product_helpful_idx ON reviews (product_id, helpful_count DESC, created_at DESC, id DESC)
    WHERE NOT is_hidden;
CREATE INDEX reviews_created_idx ON reviews (created_at DESC, id DESC);

-- One "helpful" vote per customer and review.
CREATE TABLE review_votes (
    review_id  bigint      NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
    user_id    bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (review_id, user_id)
);

ALTER TABLE products
    ADD COLUMN rating_average numeric(3,2) CHECK (rating_average BETWEEN 1 AND 5),
    ADD COLUMN review_count   integer NOT NULL DEFAULT 0 CHECK (review_count >= 0);
