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

// An active product's name and current stock.
struct ProductStock {
  std::int64_t id = 0;
  std::string name;
  std::int64_t stock_quantity = 0;
};

// The user's cart, its lines and its code, in one round trip; lines of inactive products are left
// out (they are invisible).
Cart LoadCart(db::Connection& connection, std::int64_t user_id);

// The product when it exists and is active.
std::optional<ProductStock> FindActiveProduct(db::Connection& connection, std::int64_t product_id);

// The stock of each active product among `product_ids`, by id; unknown and inactive ones are absent.
// The products cannot be deleted until the transaction ends.
std::map<std::int64_t, std::int64_t> ActiveStock(db::Connection& connection,
                                                 const std::vector<std::int64_t>& product_ids);

// A line of the user's cart and its product, when the line is the user's and the product active.
struct CartLine {
  std::int64_t id = 0;
  std::int64_t quantity = 0;
  ProductStock product;
};
std::optional<CartLine> FindCartLine(db::Connection& connection, std::int64_t user_id, std::int64_t item_id);

// Adds `quantity` of a product to the user's cart, creating the line or adding to it, and returns
// the cart after it, in one round trip; nullopt (and nothing changes) when the product is unknown or
// inactive or the line would then hold more than its stock.
std::optional<Cart> AddToCartLine(db::Connection& connection, std::int64_t user_id, std::int64_t product_id,
                                  std::int64_t quantity);

// Sets the quantity of the user's line of a product, creating the line when absent.
void SetCartLine(db::Connection& connection, std::int64_t user_id, std::int64_t product_id, std::int64_t quantity);

// Sets the quantity of a line by id.
void UpdateCartLine(db::Connection& connection, std::int64_t user_id, std::int64_t item_id, std::int64_t quantity);

// Returns false when the user has no such line.
bool DeleteCartLine(db::Connection& connection, std::int64_t user_id, std::int64_t item_id);

// Removes every line of the user's cart.
void DeleteCart(db::Connection& connection, std::int64_t user_id);

// The quantity of each product in the user's cart, locking those lines until the transaction ends.
std::map<std::int64_t, std::int64_t> LockCartQuantities(db::Connection& connection, std::int64_t user_id);

}  // namespace shop::cart
