-- Products and variants share one SKU space: a SKU names one thing the shop sells, so a product's
-- SKU may not be another product's variant's, nor a variant's another product's (a variant may
-- repeat its own product's SKU, e.g. the only variant of a product). The unique keys of each
-- table cover the rest. Two writers of one SKU are serialised by a transaction-scoped advisory
-- lock on it (lock_sku), so of two concurrent saves the second sees the first; the error names its rule as a
-- constraint, as a unique key's would.
CREATE FUNCTION lock_sku(sku text) RETURNS void LANGUAGE sql AS $$
    SELECT pg_advisory_xact_lock(hashtextextended('sku:' || sku, 0))
$$;

CREATE FUNCTION sku_is_free() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM lock_sku(NEW.sku);
    IF TG_TABLE_NAME = 'products' THEN
        IF EXISTS (SELECT 1 FROM product_variants WHERE sku = NEW.sku AND product_id <> NEW.id) THEN
            RAISE EXCEPTION 'SKU % is a variant of another product', NEW.sku
                USING ERRCODE = 'unique_violation', CONSTRAINT = 'sku_of_another_variant';
        END IF;
    ELSIF EXISTS (SELECT 1 FROM products WHERE sku = NEW.sku AND id <> NEW.product_id) THEN
        RAISE EXCEPTION 'SKU % is another product''s', NEW.sku
            USING ERRCODE = 'unique_violation', CONSTRAINT = 'sku_of_another_product';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER products_sku_is_free BEFORE INSERT OR UPDATE OF sku ON products
    FOR EACH ROW EXECUTE FUNCTION sku_is_free();
CREATE TRIGGER product_variants_sku_is_free BEFORE INSERT OR UPDATE OF sku, product_id ON product_variants
    FOR EACH ROW EXECUTE FUNCTION sku_is_free();
