// The Cart as the API shows it: lines with their product, the discount code on it, and totals
// computed exactly in cents.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "common/datetime.hpp"
#include "common/money.hpp"
#include "db/connection.hpp"
#include "discounts/discounts.hpp"

namespace shop::cart {

// What a cart line shows of its product.
struct CartProduct {
  std::int64_t id = 0;
  std::string name;
  std::string slug;
  Money price;
  std::optional<std::string> image_url;
  std::int64_t stock_quantity = 0;
};

// The variant a line holds, with the value of each of its product's options.
struct CartVariant {
  std::int64_t id = 0;
  std::string sku;
  std::vector<std::pair<std::string, std::string>> options;  // {option name, value}, in option order
  std::string title() const;                                 // "M / Red"
};

struct CartItem {
  std::int64_t id = 0;
  std::int64_t product_id = 0;
  std::int64_t quantity = 0;
  std::string created_at;
  CartProduct product;  // for a variant line, price and stock_quantity are the variant's
  std::optional<CartVariant> variant;
  Money line_total() const { return product.price * quantity; }
};

// The code applied to a cart, and why it does not apply to the cart now (nullopt: it does).
struct CartDiscount {
  discounts::DiscountRules rules;
  std::optional<discounts::Refusal> refusal;
};

struct Cart {
  std::vector<CartItem> items;
  std::optional<CartDiscount> discount;
  // The sum of the quantities of all lines.
  std::int64_t total_items() const;
  // The sum of the line totals.
  Money subtotal() const;
  // What the code takes off the subtotal: zero without one, or when it does not apply.
  Money discount_amount() const;
  Money total() const { return subtotal() - discount_amount(); }
};

// The cart of `items` with `code` on it (when there is one), judged as of `now`.
Cart CartWith(std::vector<CartItem> items, const std::optional<discounts::CustomerCode>& code, datetime::Time now);

// Reads a row of cart_items joined with products and the line's variant: c.id, c.product_id,
// c.quantity, c.created_at, p.name, p.slug, price, p.image_url, stock_quantity (the variant's when
// there is one), variant_id, variant_sku, option_names_json, option_values_json.
CartItem CartItemFromRow(const db::Row& row);

// What a line holds: a product, or one variant of it.
struct Sellable {
  std::int64_t product_id = 0;
  std::optional<std::int64_t> variant_id;
  bool operator==(const Sellable&) const = default;
  bool operator<(const Sellable& other) const {
    return std::tie(product_id, variant_id) < std::tie(other.product_id, other.variant_id);
  }
};

// One line asked for: a product (or one of its variants) and a quantity.
struct Line {
  std::int64_t product_id = 0;
  std::int64_t quantity = 0;
  std::optional<std::int64_t> variant_id;
  Sellable sellable() const { return {product_id, variant_id}; }
  bool operator==(const Line&) const = default;
};

// How a merge changed a line the browser asked for: capped at the stock, or left out because the
// product (or variant) is unknown, inactive or sold out.
struct Adjustment {
  enum class Reason { kCapped, kUnavailable };
  std::int64_t product_id = 0;
  std::int64_t requested = 0;            // the quantity the line would have held
  std::optional<std::int64_t> quantity;  // what it holds now (capped lines only)
  Reason reason = Reason::kCapped;
  std::optional<std::int64_t> variant_id;
  bool operator==(const Adjustment&) const = default;
};

// The Cart object of API.md, {"items": [CartItem...], "subtotal": 0.00, "total_items": N}, with
// "discount", "discount_amount" and "total" (docs/api.md).
std::string CartJson(const Cart& cart);

// The answer to a merge: the Cart object plus "adjustments", each {"product_id", "quantity",
// "reason": "capped", "requested"} or {"product_id", "reason": "unavailable", "requested"}, with
// "variant_id" for a variant's line.
std::string MergedCartJson(const Cart& cart, const std::vector<Adjustment>& adjustments);

}  // namespace shop::cart
