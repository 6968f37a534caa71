#include "demo/demo_catalog.hpp"

#include <fstream>
#include <string_view>
#include <vector>

#include "catalog/catalog_store.hpp"
#include "common/text.hpp"
#include "demo/demo_images.hpp"
#include "demo/demo_products.hpp"
#include "variants/variants_store.hpp"

namespace shop::demo {
namespace {

// The demo spreads its products in time, so that "newest first" means something: the catalog
// writes a new product as created now, and the demo moves it back.
constexpr db::Statement kBackdateProduct{"demo_backdate_product",
                                         "UPDATE products SET created_at = now() - make_interval(hours => $2::int), "
                                         "updated_at = now() - make_interval(hours => $2::int) WHERE id = $1"};

// The code the demo shop's home page could advertise; kept when an admin already made one so named.
constexpr db::Statement kWelcomeCode{
    "demo_insert_welcome_code",
    "INSERT INTO discount_codes (code, kind, value) VALUES ('WELCOME10', 'percentage', 10) "
    "ON CONFLICT (code) DO NOTHING"};

// Three demo customers (they cannot sign in: "!" is no bcrypt hash), each with a delivered order
// of a product they reviewed, so the product pages show verified reviews. Order numbers come from
// the shop's counter, as a checkout's do.
constexpr db::Statement kDemoReviews{"demo_insert_reviews", R"SQL(
WITH reviewers AS (
  INSERT INTO users (email, hashed_password, full_name, is_verified)
  VALUES ('maya.chen@demo.invalid', '!', 'Maya Chen', true), ('tom.baker@demo.invalid', '!', 'Tom Baker', true),
         ('priya.raman@demo.invalid', '!', 'Priya Raman', true)
  ON CONFLICT (email) DO NOTHING RETURNING id, email, full_name
), wanted (email, sku, rating, title, body, days_ago) AS (VALUES
  ('maya.chen@demo.invalid', 'HOM-001', 5, 'My mornings got better', 'Pours evenly and the carafe keeps the coffee warm for a while. Easy to clean.', 12),
  ('tom.baker@demo.invalid', 'HOM-001', 4, 'Lovely set, small filters', 'Beautiful glaze and a great cup. I wish the filters were a little bigger.', 5),
  ('priya.raman@demo.invalid', 'HOM-001', 5, 'A thoughtful gift', 'Bought it for my sister, then ordered one for myself.', 2),
  ('maya.chen@demo.invalid', 'ELE-001', 4, 'Quiet and comfortable', 'The noise cancelling is very good on the train; the case is bulky.', 20),
  ('tom.baker@demo.invalid', 'ELE-001', 3, 'Good sound, tight fit', 'Sound is rich, but they press on my ears after an hour.', 9),
  ('priya.raman@demo.invalid', 'BOO-001', 5, 'Could not put it down', 'Read it in two evenings. The ending stayed with me for days.', 15)
), picked AS (
  SELECT r.id AS user_id, r.full_name, p.id AS product_id, p.name, p.sku, p.price, w.rating, w.title, w.body, w.days_ago,
         row_number() OVER (ORDER BY w.days_ago DESC, p.id) AS n
  FROM wanted w JOIN reviewers r ON r.email = w.email JOIN products p ON p.sku = w.sku
), numbers AS (
  UPDATE order_number_counter SET last_value = last_value + (SELECT count(*) FROM picked)
  RETURNING last_value - (SELECT count(*) FROM picked) AS base
), placed AS (
  INSERT INTO orders (order_number, user_id, status, subtotal, total_amount, customer_name, customer_email,
                      shipping_address, shipping_city, shipping_postal_code, shipping_country, created_at, updated_at)
  SELECT 'ORD-' || (numbers.base + picked.n), picked.user_id, 'delivered', picked.price, picked.price, picked.full_name,
         'customer@demo.invalid', '1 Demo Street', 'Harbor City', '10001', 'US',
         now() - make_interval(days => picked.days_ago + 6), now() - make_interval(days => picked.days_ago + 1)
  FROM picked, numbers RETURNING id, order_number
), items AS (
  INSERT INTO order_items (order_id, product_id, product_name, product_sku, quantity, price)
  SELECT placed.id, picked.product_id, picked.name, picked.sku, 1, picked.price
  FROM picked, numbers, placed WHERE placed.order_number = 'ORD-' || (numbers.base + picked.n)
)
INSERT INTO reviews (product_id, user_id, rating, title, body, created_at, updated_at)
SELECT product_id, user_id, rating, title, body, now() - make_interval(days => days_ago),
       now() - make_interval(days => days_ago)
FROM picked)SQL"};

constexpr db::Statement kDemoRatings{
    "demo_count_ratings",
    "UPDATE products p SET (rating_average, review_count) = (SELECT round(avg(rating), 2), count(*) FROM reviews r"
    " WHERE r.product_id = p.id AND NOT r.is_hidden) WHERE p.id IN (SELECT product_id FROM reviews)"};

// Demo products sold in variants: every combination of their options, each with its own SKU and
// stock (one sold out, to show the picker's marking), the larger sizes a little dearer.
struct DemoVariants {
  std::string_view product;
  std::vector<variants::Option> options;
  std::int64_t extra_cents_last_value;  // added to the price of the first option's last value
};

std::vector<DemoVariants> VariantSets() {
  return {
      {"Classic Cotton T-Shirt", {{"Size", {"S", "M", "L", "XL"}}, {"Colour", {"White", "Navy", "Olive"}}}, 200},
      {"Running Shoes", {{"Size", {"39", "40", "41", "42", "43", "44"}}}, 0},
      {"Yoga Mat", {{"Colour", {"Sage", "Charcoal", "Plum"}}}, 0},
  };
}

// Every combination of `options`, the first option varying slowest.
std::vector<std::vector<std::string>> Combinations(const std::vector<variants::Option>& options) {
  std::vector<std::vector<std::string>> combinations = {{}};
  for (const auto& option : options) {
    std::vector<std::vector<std::string>> longer;
    for (const auto& start : combinations) {
      for (const auto& value : option.values) {
        longer.push_back(start);
        longer.back().push_back(value);
      }
    }
    combinations = std::move(longer);
  }
  return combinations;
}

void SeedVariants(db::Connection& conn) {
  for (const auto& set : VariantSets()) {
    const auto product = catalog::store::FindProductBySlug(conn, text::Slugify(set.product));
    if (!product) continue;
    variants::Variants sold{set.options, {}};
    int n = 0;
    for (auto& values : Combinations(set.options)) {
      std::string sku = product->sku;
      for (const auto& value : values) sku += "-" + text::Slugify(value);
      const bool dearer = set.extra_cents_last_value > 0 && values.front() == set.options.front().values.back();
      sold.variants.push_back(
          {std::nullopt, std::move(values), std::move(sku),
           dearer ? std::optional(product->price + Money::FromCents(set.extra_cents_last_value)) : std::nullopt,
           std::nullopt, n == 1 ? 0 : 3 + (n * 7) % 19});
      ++n;
    }
    variants::store::Replace(conn, product->id, sold, product->stock_quantity);
  }
}

void WriteFile(const std::filesystem::path& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
  out.close();
  if (!out) {
    throw std::filesystem::filesystem_error("cannot write demo picture", path,
                                            std::make_error_code(std::errc::io_error));
  }
}

}  // namespace

SeedResult SeedDemoCatalog(db::Connection& conn, const std::filesystem::path& upload_dir) {
  namespace store = catalog::store;
  db::Transaction tx(conn);
  if (store::CountProducts(conn) > 0) return {};
  const auto folder = upload_dir / "demo";
  std::filesystem::create_directories(folder);

  SeedResult result;
  int age_hours = 0;
  for (const auto& category : DemoCategories()) {
    const std::string category_slug = text::Slugify(category.name);
    const std::string category_image = "category-" + category_slug + ".svg";
    WriteFile(folder / category_image,
              DemoImageSvg(category.name, "Shop the collection", category.palette, category.icon));
    std::int64_t category_id = 0;
    if (auto existing = store::FindCategoryBySlug(conn, category_slug)) {
      category_id = existing->id;
    } else {
      category_id = store::InsertCategory(conn, {std::string(category.name), category_slug,
                                                 std::string(category.description), "/uploads/demo/" + category_image});
      ++result.categories;
    }

    int number = 0;
    for (const auto& product : category.products) {
      ++number;
      catalog::ProductFields fields;
      fields.name = std::string(product.name);
      fields.slug = text::Slugify(product.name);
      fields.description = std::string(product.description);
      fields.price = Money::FromCents(product.price_cents);
      if (product.compare_at_cents > 0) fields.compare_at_price = Money::FromCents(product.compare_at_cents);
      fields.cost_per_item = Money::FromCents(product.price_cents * 45 / 100);
      fields.stock_quantity = product.stock;
      fields.sku = std::string(category.sku_prefix) + "-" + (number < 10 ? "00" : "0") + std::to_string(number);
      fields.is_featured = product.featured;
      fields.category_id = category_id;

      const std::string picture = fields.slug + ".svg";
      WriteFile(folder / picture, DemoImageSvg(product.name, category.name, category.palette, category.icon));
      fields.image_url = "/uploads/demo/" + picture;
      fields.images = {*fields.image_url};
      if (number % 2 == 1) {
        const std::string second = fields.slug + "-2.svg";
        WriteFile(folder / second, DemoImageSvg(product.name, category.name, category.palette, category.icon, 1));
        fields.images.push_back("/uploads/demo/" + second);
      }
      const std::int64_t id = store::InsertProduct(conn, fields);
      conn.Exec(kBackdateProduct, {id, age_hours});
      age_hours += 7;
      ++result.products;
    }
  }
  SeedVariants(conn);
  result.discount_codes = static_cast<int>(conn.Exec(kWelcomeCode).affected());
  result.reviews = static_cast<int>(conn.Exec(kDemoReviews).affected());
  conn.Exec(kDemoRatings);
  tx.Commit();
  return result;
}

}  // namespace shop::demo
