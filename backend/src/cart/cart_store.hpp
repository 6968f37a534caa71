// SQL of the cart: named statements over cart_items joined with products, and the code on the
// cart (discounts/discounts_store). Every function throws db::Unavailable on an outage and
// db::QueryError on a failed statement.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cart/cart.hpp"
#include "db/connection.hpp"

namespace shop::cart {

// An active product's (or variant's: "T-shirt (M / Red)") name and current stock.
struct ProductStock {
  std::int64_t id = 0;
  std::string name;
  std::int64_t stock_quantity = 0;
};

// The user's cart, its lines and its code, in one round trip; lines of inactive products are left
// out (they are invisible).
Cart LoadCart(db::Connection& connection, std::int64_t user_id);

// An active product, and the variant asked for when it is one of the product's.
struct SellableStock {
  ProductStock sold;  // the variant's stock when it was found, the product's otherwise
  bool has_variants = false;
  bool variant_found = false;
};
std::optional<SellableStock> FindSellable(db::Connection& connection, const Sellable& sellable);

// The stock of each way the active products among `product_ids` are sold (the product, or each of
// its variants); unknown and inactive products are absent. The products cannot be deleted until
// the transaction ends.
std::map<Sellable, std::int64_t> ActiveStock(db::Connection& connection, const std::vector<std::int64_t>& product_ids);

// A line of the user's cart and what it sells, when the line is the user's and still sold.
struct CartLine {
  std::int64_t id = 0;
  std::int64_t quantity = 0;
  ProductStock product;
};
std::optional<CartLine> FindCartLine(db::Connection& connection, std::int64_t user_id, std::int64_t item_id);

// Adds `quantity` of a product (or variant) to the user's cart, creating the line or adding to it,
// and returns the cart after it, in one round trip; nullopt (and nothing changes) when the product
// is unknown or inactive, the variant is missing or not the product's, or the line would then hold
// more than its stock.
std::optional<Cart> AddToCartLine(db::Connection& connection, std::int64_t user_id, const Sellable& sellable,
                                  std::int64_t quantity);

// Sets the quantity of the user's line of a product (or variant), creating the line when absent.
void SetCartLine(db::Connection& connection, std::int64_t user_id, const Sellable& sellable, std::int64_t quantity);

// Sets the quantity of a line by id.
void UpdateCartLine(db::Connection& connection, std::int64_t user_id, std::int64_t item_id, std::int64_t quantity);

// Returns false when the user has no such line.
bool DeleteCartLine(db::Connection& connection, std::int64_t user_id, std::int64_t item_id);

// Removes every line of the user's cart.
void DeleteCart(db::Connection& connection, std::int64_t user_id);

// The quantity of each line of the user's cart, locking the lines until the transaction ends.
std::map<Sellable, std::int64_t> LockCartQuantities(db::Connection& connection, std::int64_t user_id);

}  // namespace shop::cart
