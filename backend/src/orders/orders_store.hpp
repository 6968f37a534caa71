// SQL of orders and checkout: named statements over orders, order_items, products' stock, the
// order-number counter and idempotency keys. Every function throws db::Unavailable on an outage
// and db::QueryError on a failed statement.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "orders/orders.hpp"

namespace shop::orders {

// --- idempotency keys ---------------------------------------------------------------------------

// Claims a key for this checkout (forgetting the user's keys older than 24 hours first). Returns
// false when the key is already taken; if another transaction holds it, waits until that one ends.
bool ClaimIdempotencyKey(db::Connection& connection, std::int64_t user_id, const std::string& key,
                         const std::string& request_hash);

// The response stored with a key, and whether it was made for a request with the same hash.
struct StoredResponse {
  bool same_request = false;
  int status = 0;
  std::string body;
};
std::optional<StoredResponse> FindStoredResponse(db::Connection& connection, std::int64_t user_id,
                                                 const std::string& key, const std::string& request_hash);

void StoreResponse(db::Connection& connection, std::int64_t user_id, const std::string& key, std::int64_t order_id,
                   int status, const std::string& body);

// --- checkout -----------------------------------------------------------------------------------

// A line of the cart as checkout sees it.
struct CheckoutLine {
  std::int64_t product_id = 0;
  std::int64_t quantity = 0;
  std::string product_name;
};

// The user's cart lines of active products, by product id, locked until the transaction ends.
std::vector<CheckoutLine> LockCheckoutLines(db::Connection& connection, std::int64_t user_id);

// Takes `quantity` off the stock of an active product that has that many. Returns the product's
// name, sku and price (as an item without ids), or nullopt and changes nothing when it falls short.
std::optional<OrderItem> TakeStock(db::Connection& connection, std::int64_t product_id, std::int64_t quantity);

// Puts `quantity` back in stock.
void ReturnStock(db::Connection& connection, std::int64_t product_id, std::int64_t quantity);

// The next order number ("ORD-100001"). Gap-free: the counter row stays locked until the
// transaction ends, and a rollback gives the number back.
std::string NextOrderNumber(db::Connection& connection);

Order InsertOrder(db::Connection& connection, std::int64_t user_id, const std::string& order_number,
                  const CheckoutDetails& details, Money subtotal);

// Inserts the items (product_id, product_name, product_sku, quantity, price) of an order in one
// statement and returns them with their ids.
std::vector<OrderItem> InsertOrderItems(db::Connection& connection, std::int64_t order_id,
                                        const std::vector<OrderItem>& items);

// --- reading and changing orders ----------------------------------------------------------------

// The order with its items.
std::optional<Order> FindOrder(db::Connection& connection, std::int64_t order_id);
// The order with its items, locked until the transaction ends.
std::optional<Order> LockOrder(db::Connection& connection, std::int64_t order_id);

std::int64_t CountUserOrders(db::Connection& connection, std::int64_t user_id);
// A page of the user's orders, newest first, with their items (read with one more query).
std::vector<Order> ListUserOrders(db::Connection& connection, std::int64_t user_id, std::int64_t limit,
                                  std::int64_t offset);

// Fills the items of every order of `orders` with one query.
void LoadItems(db::Connection& connection, std::vector<Order>& orders);

// Sets the status and returns the order as stored, without its items.
Order UpdateStatus(db::Connection& connection, std::int64_t order_id, OrderStatus status);

// Deletes idempotency keys older than their 24 hours; returns how many.
std::int64_t PurgeExpiredIdempotencyKeys(db::Connection& connection);

}  // namespace shop::orders
