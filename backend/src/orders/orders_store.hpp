// SQL of orders and checkout: named statements over orders, order_items, products' stock, the
// order-number counter and idempotency keys. Every function throws db::Unavailable on an outage
// and db::QueryError on a failed statement.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "orders/orders.hpp"

namespace shop::orders {

// --- idempotency keys ---------------------------------------------------------------------------

// The statement that claims a key for this checkout (taking over the user's key older than 24
// hours), for the batch that opens it; if another transaction holds the key, it waits until that
// one ends. Claimed tells from its result whether the key was claimed (false: already taken).
db::Queued ClaimIdempotencyKeyStatement(std::int64_t user_id, const std::string& key, const std::string& request_hash);
bool Claimed(const db::Result& claim);

// The response stored with a key, and whether it was made for a request with the same hash.
struct StoredResponse {
  bool same_request = false;
  int status = 0;
  std::string body;
};
std::optional<StoredResponse> FindStoredResponse(db::Connection& connection, std::int64_t user_id,
                                                 const std::string& key, const std::string& request_hash);

// The statement that keeps the response with the key claimed by this checkout, for the batch
// that commits it.
db::Queued StoreResponseStatement(std::int64_t user_id, const std::string& key, std::int64_t order_id, int status,
                                  const std::string& body);

// --- checkout -----------------------------------------------------------------------------------

// A line of the cart as checkout takes it: the item without ids (sku and price only when taken),
// and the product's stock once taken, or nullopt when the product had less than the quantity.
struct CheckoutLine {
  OrderItem item;
  std::optional<std::int64_t> stock_left;
};

// The customer as checkout sees them: the account's own address (the one emails go to, never the
// contact address of an order), whether it is verified, and their pending orders.
struct Customer {
  std::string email;
  bool verified = false;
  std::int64_t pending_orders = 0;
};

// The statements that lock the user's row until the transaction ends (so one customer's checkouts
// count their pending orders one after another) and then count those orders; CustomerFrom reads
// their two results (nullopt when the user is gone).
std::vector<db::Queued> LockCustomerStatements(std::int64_t user_id);
std::optional<Customer> CustomerFrom(const db::Result& lock, const db::Result& count);

// The statement that empties the user's cart for checkout: it locks its lines still sold and their
// products, in product-id order, until the transaction ends, takes each line's quantity off the
// stock of its variant (for a variant's line) and of its product (the sum of its lines) when they
// have that many, and deletes the cart. CheckoutLines reads those lines from its result, by
// product and variant id; when one falls short the caller rolls back, and nothing has changed.
db::Queued TakeCartStatement(std::int64_t user_id);
std::vector<CheckoutLine> CheckoutLines(const db::Result& taken);

// Puts the item's quantity back in stock: on its product, and on its variant for a variant's item
// (the product's row first, the lock order of checkout). Returns the new stock of what was sold
// (the variant's for a variant), or nullopt when the item's variant was removed since: its
// quantity then goes nowhere, as a product with variants holds only its variants' stock.
std::optional<std::int64_t> ReturnStock(db::Connection& connection, const OrderItem& item);

// Inserts the order with the next order number ("ORD-100001"), its discount (total: the subtotal
// less it) and its items, and returns it with the items' ids. Gap-free: the counter row stays locked from this
// statement until the transaction ends, and a rollback gives the number back; call it once every other lock is held,
// then commit.
Order InsertOrder(db::Connection& connection, std::int64_t user_id, const CheckoutDetails& details, Money subtotal,
                  const OrderDiscount& discount, std::vector<OrderItem> items);

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

// The account address of a user and whether it is verified; nullopt when the user is gone.
struct Account {
  std::string email;
  bool verified = false;
};
std::optional<Account> FindAccount(db::Connection& connection, std::int64_t user_id);

// Up to `limit` pending orders placed more than `age` ago, oldest first.
std::vector<std::int64_t> ExpiredHolds(db::Connection& connection, std::chrono::seconds age, std::int64_t limit);

// Deletes idempotency keys older than their 24 hours; returns how many.
std::int64_t PurgeExpiredIdempotencyKeys(db::Connection& connection);

}  // namespace shop::orders
