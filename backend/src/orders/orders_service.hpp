// The rules of checkout and of an order's life: stock taken all or nothing, gap-free order
// numbers, idempotent retries, who may see and change an order, and the emails that follow.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "admin/stats_cache.hpp"
#include "catalog/response_cache.hpp"
#include "common/errors.hpp"
#include "db/pool.hpp"
#include "mail/outbox.hpp"
#include "orders/orders.hpp"

namespace shop::orders {

// The email confirming a new order: its number, items, total and shipping address, with a link
// to {frontend_url}/orders/{id}.
mail::Message ConfirmationEmail(const Order& order, const std::string& frontend_url);

// The email telling the customer their order was shipped, delivered or cancelled; nullopt for the
// other statuses, which send none.
std::optional<mail::Message> StatusEmail(const Order& order, const std::string& frontend_url);

// The answer to a checkout: the new order (or, for a repeated Idempotency-Key, the stored answer
// of the first request) as status and JSON text.
struct Receipt {
  int status = 201;
  std::string body;
  bool replayed = false;
};

struct OrderPage {
  std::vector<Order> orders;
  std::int64_t total = 0;
};

// Every method throws db::Unavailable when the database cannot be reached.
class OrderService {
 public:
  // Tells `catalog_cache` of every committed change of stock, and `stats_cache` of every committed
  // checkout and change of status.
  OrderService(db::Pool& db, catalog::ResponseCache& catalog_cache, admin::StatsCache& stats_cache,
               std::string frontend_url)
      : db_(db), catalog_cache_(catalog_cache), stats_cache_(stats_cache), frontend_url_(std::move(frontend_url)) {}

  // Turns the user's cart into an order in one transaction. 400 for an empty cart, 409 naming the
  // products that fall short of stock (nothing changes), 422 when `idempotency_key` was used by
  // this user in the last 24 hours for different details.
  Result<Receipt> Checkout(std::int64_t user_id, const CheckoutDetails& details,
                           const std::optional<std::string>& idempotency_key);

  // A page of the user's orders with their items, newest first.
  OrderPage List(std::int64_t user_id, std::int64_t limit, std::int64_t offset);

  // The order, for its owner or an admin; 404 for anyone else.
  Result<Order> Get(std::int64_t order_id, std::int64_t caller_id, bool caller_is_admin);

  // Moves an order to `status` when CanTransition allows it for `actor` (409 otherwise); a
  // cancellation puts the stock back. An owner may only reach their own orders (404 otherwise).
  Result<Order> ChangeStatus(std::int64_t order_id, OrderStatus status, std::int64_t caller_id, Actor actor);

 private:
  db::Pool& db_;
  catalog::ResponseCache& catalog_cache_;
  admin::StatsCache& stats_cache_;
  const std::string frontend_url_;
};

}  // namespace shop::orders
