// The Cart as the API shows it: lines with their product, the discount code on it, and totals
// computed exactly in cents.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
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

struct CartItem {
  std::int64_t id = 0;
  std::int64_t product_id = 0;
  std::int64_t quantity = 0;
  std::string created_at;
  CartProduct product;
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

// Reads a row of cart_items joined with products: c.id, c.product_id, c.quantity, c.created_at,
// p.name, p.slug, p.price, p.image_url, p.stock_quantity.
CartItem CartItemFromRow(const db::Row& row);

// One line asked for: a product and a quantity.
struct Line {
  std::int64_t product_id = 0;
  std::int64_t quantity = 0;
  bool operator==(const Line&) const = default;
};

// How a merge changed a line the browser asked for: capped at the stock, or left out because the
// product is unknown, inactive or sold out.
struct Adjustment {
  enum class Reason { kCapped, kUnavailable };
  std::int64_t product_id = 0;
  std::int64_t requested = 0;            // the quantity the line would have held
  std::optional<std::int64_t> quantity;  // what it holds now (capped lines only)
  Reason reason = Reason::kCapped;
  bool operator==(const Adjustment&) const = default;
};

// The Cart object of API.md, {"items": [CartItem...], "subtotal": 0.00, "total_items": N}, with
// "discount", "discount_amount" and "total" (docs/api.md).
std::string CartJson(const Cart& cart);

// The answer to a merge: the Cart object plus "adjustments", each {"product_id", "quantity",
// "reason": "capped", "requested"} or {"product_id", "reason": "unavailable", "requested"}.
std::string MergedCartJson(const Cart& cart, const std::vector<Adjustment>& adjustments);

}  // namespace shop::cart
