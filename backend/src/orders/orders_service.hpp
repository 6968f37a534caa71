// The rules of checkout and of an order's life: stock taken all or nothing, gap-free order
// numbers, idempotent retries, who may see and change an order, and the emails that follow.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "common/errors.hpp"
#include "common/invalidator.hpp"
#include "common/page.hpp"
#include "common/rate_limit.hpp"
#include "db/pool.hpp"
#include "http/response_cache.hpp"
#include "mail/outbox.hpp"
#include "orders/orders.hpp"
#include "stock_alerts/stock_alerts.hpp"

namespace shop::orders {

// Every email about an order goes `to` the account's own (verified) address, never to the
// contact address the client gave with the order: otherwise any account could make the shop mail
// text of its choosing to anyone.

// The email confirming a new order: its number, items, total and shipping address, with a link
// to {frontend_url}/orders/{id}.
mail::Message ConfirmationEmail(const Order& order, const std::string& to, const std::string& frontend_url);

// The email telling the customer their order was shipped, delivered or cancelled; nullopt for the
// other statuses, which send none.
std::optional<mail::Message> StatusEmail(const Order& order, const std::string& to, const std::string& frontend_url);

// The email telling the customer their unpaid order was cancelled after `ttl`, its items back on sale.
mail::Message ReleaseEmail(const Order& order, const std::string& to, const std::string& frontend_url,
                           std::chrono::seconds ttl);

// The limits that keep one account from holding the shop's stock or its mail: checkouts and
// cancellations per user per hour (0: off), pending orders per customer (0: no cap), and how
// long an unpaid pending order holds its stock (0: forever).
struct OrderLimits {
  int actions_per_hour = 0;
  int max_pending = 0;
  std::chrono::seconds pending_ttl{0};
};

// The answer to a checkout: the new order (or, for a repeated Idempotency-Key, the stored answer
// of the first request) as status and JSON text.
struct Receipt {
  int status = 201;
  std::string body;
  bool replayed = false;
};

// Every method throws db::Unavailable when the database cannot be reached.
class OrderService {
 public:
  // Tells `catalog_cache` of every committed change of stock, and `stats` of every committed
  // checkout and change of status (a cancellation and a released hold too).
  // A cancellation's restock tells `restocks`, in its transaction (back-in-stock alerts).
  OrderService(db::Pool& db, http::ResponseCache& catalog_cache, Invalidator& stats,
               const stock_alerts::RestockNotifier& restocks, std::string frontend_url, OrderLimits limits = {})
      : db_(db),
        catalog_cache_(catalog_cache),
        restocks_(restocks),
        stats_(stats),
        frontend_url_(std::move(frontend_url)),
        limits_(limits),
        actions_("Too many orders and cancellations, please try again later") {}

  // Turns the user's cart into an order in one transaction, with the discount code on the cart
  // (its use counted, never past its limit). 400 for an empty cart, 409 naming the products that
  // fall short of stock (nothing changes), 409 naming why the cart's code may no longer be used,
  // 409 when the customer already has limits.max_pending pending orders, 429 past the hourly limit
  // of checkouts and cancellations, 422 when `idempotency_key` was used by this user in the last
  // 24 hours for different details.
  Result<Receipt> Checkout(std::int64_t user_id, const CheckoutDetails& details,
                           const std::optional<std::string>& idempotency_key);

  // A page of the user's orders with their items, newest first.
  Page<Order> List(std::int64_t user_id, std::int64_t limit, std::int64_t offset);

  // The order, for its owner or an admin; 404 for anyone else.
  Result<Order> Get(std::int64_t order_id, std::int64_t caller_id, bool caller_is_admin);

  // Moves an order to `status` when CanTransition allows it for `actor` (409 otherwise); a
  // cancellation puts the stock back and gives back the use of its discount code. An owner may only reach their own
  // orders (404 otherwise), and cancels within the hourly limit of checkouts and cancellations (429).
  Result<Order> ChangeStatus(std::int64_t order_id, OrderStatus status, std::int64_t caller_id, Actor actor);

  // Cancels up to 100 pending orders older than limits.pending_ttl, oldest first, as a
  // cancellation does (stock back once, caches told), and mails each customer why. Returns how
  // many it cancelled; 0 when the orders never expire.
  std::int64_t ReleaseExpiredHolds();

 private:
  // The change of status of ChangeStatus, when `check` allows it for the order as locked; mails
  // the customer the news, or why their hold was released when `released`.
  // Takes one checkout or cancellation from the customer's hourly allowance (429 when it is used
  // up; a refused one takes nothing); limits.actions_per_hour 0 turns the limit off.
  Status AllowAction(std::int64_t user_id);
  Result<Order> Transition(std::int64_t order_id, OrderStatus status, const std::function<Status(const Order&)>& check,
                           bool released);

  db::Pool& db_;
  http::ResponseCache& catalog_cache_;
  const stock_alerts::RestockNotifier& restocks_;
  Invalidator& stats_;
  const std::string frontend_url_;
  const OrderLimits limits_;
  RateLimit actions_;  // each checkout and cancellation mails the customer: no mail cannon
};

}  // namespace shop::orders
