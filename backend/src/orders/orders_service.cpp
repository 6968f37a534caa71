#include "orders/orders_service.hpp"

#include <algorithm>
#include <tuple>

#include "cart/cart_service.hpp"
#include "common/crypto.hpp"
#include "discounts/discounts_store.hpp"
#include "mail/compose.hpp"
#include "orders/orders_store.hpp"

namespace shop::orders {
namespace {

std::string Dollars(Money amount) { return "$" + amount.ToString(); }

mail::Action OrderLink(const Order& order, const std::string& frontend_url) {
  return {"View your order", frontend_url + "/orders/" + std::to_string(order.id)};
}

std::string ShippingAddress(const Order& order) {
  std::string text = order.customer_name + ", " + order.shipping_address + ", " + order.shipping_city;
  if (order.shipping_state) text += ", " + *order.shipping_state;
  return text + " " + order.shipping_postal_code + ", " + order.shipping_country;
}

std::string Join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string text;
  for (const auto& part : parts) {
    if (!text.empty()) text += separator;
    text += part;
  }
  return text;
}

// The bytea parameter of the SHA-256 of the checkout details.
std::string RequestHash(const CheckoutDetails& details) {
  return "\\x" + crypto::Hex(crypto::Sha256(ToJson(details).dump()));
}

// "2 hours", "15 minutes", "90 seconds".
std::string DurationText(std::chrono::seconds duration) {
  const auto count = duration.count();
  const auto plural = [](std::int64_t n, const std::string& unit) {
    return std::to_string(n) + " " + unit + (n == 1 ? "" : "s");
  };
  if (count % 3600 == 0) return plural(count / 3600, "hour");
  if (count % 60 == 0) return plural(count / 60, "minute");
  return plural(count, "second");
}

constexpr std::int64_t kReleaseBatch = 100;

// Counts the use of the code on the cart for an order of `subtotal` (discounts::store::UseCode),
// or the 409 that says why it may no longer be used; the caller then rolls back.
Result<OrderDiscount> UseDiscount(db::Connection& connection, std::int64_t user_id,
                                  const discounts::CustomerCode& on_cart, Money subtotal) {
  const auto& code = on_cart.code;
  auto refusal = discounts::Check(code, subtotal, datetime::Now(), on_cart.used_by_customer);
  if (!refusal) {
    if (const auto used = discounts::store::UseCode(connection, code.id, user_id, subtotal)) {
      return OrderDiscount{used->id, used->code, discounts::AmountOff(*used, subtotal)};
    }
    // Changed since the cart was read (its last use taken by another checkout, most likely).
    const auto now = discounts::store::FindCodeFor(connection, user_id, code.code);
    refusal = now ? discounts::Check(now->code, subtotal, datetime::Now(), now->used_by_customer)
                        .value_or(discounts::Refusal::kUsedUp)
                  : discounts::Refusal::kInvalid;
  }
  return Conflict("The discount code " + code.code + " can no longer be used. " + discounts::Explain(*refusal, code) +
                  " Remove it from your cart to check out.");
}

}  // namespace

mail::Message ConfirmationEmail(const Order& order, const std::string& to, const std::string& frontend_url) {
  std::vector<std::string> paragraphs = {"Thank you for your order. We have received order " + order.order_number +
                                         " and will let you know when it ships."};
  for (const auto& item : order.items) {
    paragraphs.push_back(std::to_string(item.quantity) + " × " + item.display_name() + " (" + item.product_sku + "), " +
                         Dollars(item.price) + " each: " + Dollars(item.line_total()));
  }
  if (order.discount.code) {
    paragraphs.push_back("Discount (" + *order.discount.code + "): -" + Dollars(order.discount.amount));
  }
  paragraphs.push_back("Total: " + Dollars(order.total_amount));
  paragraphs.push_back("Shipping to: " + ShippingAddress(order));
  return mail::Compose("order_confirmation", to, "Order " + order.order_number + " confirmed",
                       "Thank you, " + order.customer_name, paragraphs, OrderLink(order, frontend_url));
}

std::optional<mail::Message> StatusEmail(const Order& order, const std::string& to, const std::string& frontend_url) {
  std::string news;
  switch (order.status) {
    case OrderStatus::kShipped:
      news = "has shipped";
      break;
    case OrderStatus::kDelivered:
      news = "has been delivered";
      break;
    case OrderStatus::kCancelled:
      news = "has been cancelled";
      break;
    default:
      return std::nullopt;
  }
  std::vector<std::string> paragraphs = {"Your order " + order.order_number + " " + news + "."};
  if (order.status == OrderStatus::kShipped) paragraphs.push_back("It is on its way to: " + ShippingAddress(order));
  if (order.status == OrderStatus::kCancelled) {
    paragraphs.emplace_back("If you did not ask for this, please reply to this email.");
  }
  return mail::Compose("order_status", to, "Order " + order.order_number + " " + news, "Hello " + order.customer_name,
                       paragraphs, OrderLink(order, frontend_url));
}

mail::Message ReleaseEmail(const Order& order, const std::string& to, const std::string& frontend_url,
                           std::chrono::seconds ttl) {
  const std::vector<std::string> paragraphs = {"Your order " + order.order_number +
                                                   " has been cancelled: it was still pending " + DurationText(ttl) +
                                                   " after it was placed, so its items went back on sale.",
                                               "You have not been charged. You are welcome to order again."};
  return mail::Compose("order_status", to, "Order " + order.order_number + " has been cancelled",
                       "Hello " + order.customer_name, paragraphs, OrderLink(order, frontend_url));
}

Status OrderService::AllowAction(std::int64_t user_id) {
  if (limits_.actions_per_hour == 0) return Ok{};
  return actions_.Take(
      {{std::to_string(user_id), {static_cast<double>(limits_.actions_per_hour), std::chrono::hours(1)}}});
}

Result<Receipt> OrderService::Checkout(std::int64_t user_id, const CheckoutDetails& details,
                                       const std::optional<std::string>& idempotency_key) {
  if (auto allowed = AllowAction(user_id); !allowed) return std::move(allowed).error();
  auto connection = db_.Acquire();
  db::Transaction transaction(*connection);
  const std::string request_hash = RequestHash(details);
  // Claiming the key, locking the customer, counting their pending orders and taking the cart and
  // its code go in one round trip; when the key turns out to be taken, the rollback undoes the rest.
  std::vector<db::Queued> opening;
  if (idempotency_key) opening.push_back(ClaimIdempotencyKeyStatement(user_id, *idempotency_key, request_hash));
  for (auto& statement : LockCustomerStatements(user_id)) opening.push_back(std::move(statement));
  opening.push_back(discounts::store::TakeCartCodeStatement(user_id));
  opening.push_back(TakeCartStatement(user_id));
  const auto opened = connection->ExecBatch(opening);
  const std::size_t first = idempotency_key ? 1 : 0;
  if (idempotency_key && !Claimed(opened.front())) {
    auto stored = FindStoredResponse(*connection, user_id, *idempotency_key, request_hash);
    if (!stored) return Conflict("A request with this Idempotency-Key is still in progress; retry");
    if (!stored->same_request) {
      return InvalidField({"header", "Idempotency-Key"},
                          "This Idempotency-Key was already used for a checkout with different details",
                          "idempotency_key_reused");
    }
    return Receipt{stored->status, std::move(stored->body), true};
  }
  const auto customer = CustomerFrom(opened[first], opened[first + 1]);
  if (!customer) return Unauthenticated("Not authenticated");

  const auto code_on_cart = discounts::store::CustomerCodeFrom(opened[first + 2]);
  const auto lines = CheckoutLines(opened[first + 3]);
  if (lines.empty()) return BadRequest("Cart is empty");
  if (limits_.max_pending > 0 && customer->pending_orders >= limits_.max_pending) {
    return Conflict("You already have " + std::to_string(customer->pending_orders) +
                    " pending orders holding stock, the most one customer may have; cancel one or wait until one "
                    "is processed, then order again");
  }
  std::vector<OrderItem> items;
  std::vector<std::string> short_products;
  Money subtotal;
  for (const auto& line : lines) {
    if (!line.stock_left) {
      short_products.push_back(line.item.display_name());
      continue;
    }
    subtotal += line.item.line_total();
    items.push_back(line.item);
  }
  if (!short_products.empty()) return Conflict("Insufficient stock for: " + Join(short_products, ", "));
  OrderDiscount discount;
  if (code_on_cart) {
    SHOP_TRY(used, UseDiscount(*connection, user_id, *code_on_cart, subtotal));
    discount = std::move(*used);
  }

  // The order number is taken last, so the statements between it and the commit are few.
  const Order order = InsertOrder(*connection, user_id, details, subtotal, discount, std::move(items));
  Receipt receipt{201, ToJson(order).dump(), false};
  std::vector<db::Queued> batch;
  if (customer->verified) {
    batch.push_back(mail::EnqueueStatement(ConfirmationEmail(order, customer->email, frontend_url_)));
  }
  if (idempotency_key) {
    batch.push_back(StoreResponseStatement(user_id, *idempotency_key, order.id, receipt.status, receipt.body));
  }
  // The email, the response kept for the key and the commit go in one round trip.
  transaction.Commit(std::move(batch));
  http::StockChange change;
  for (const auto& line : lines) {
    change.product_ids.push_back(line.item.product_id);
    change.availability = change.availability || *line.stock_left == 0;
  }
  catalog_cache_.InvalidateStock(change);
  catalog_cache_.Invalidate(cart::CacheKey(user_id));  // emptied
  stats_.Invalidate();
  return receipt;
}

Page<Order> OrderService::List(std::int64_t user_id, std::int64_t limit, std::int64_t offset) {
  auto connection = db_.Acquire();
  Page<Order> page;
  page.total = CountUserOrders(*connection, user_id);
  if (offset < page.total) page.items = ListUserOrders(*connection, user_id, limit, offset);
  return page;
}

Result<Order> OrderService::Get(std::int64_t order_id, std::int64_t caller_id, bool caller_is_admin) {
  auto connection = db_.Acquire();
  auto order = FindOrder(*connection, order_id);
  if (!order || (!caller_is_admin && order->user_id != caller_id)) return NotFound("Order not found");
  return std::move(*order);
}

Result<Order> OrderService::ChangeStatus(std::int64_t order_id, OrderStatus status, std::int64_t caller_id,
                                         Actor actor) {
  if (actor == Actor::kOwner) {
    if (auto allowed = AllowAction(caller_id); !allowed) return std::move(allowed).error();
  }
  return Transition(
      order_id, status,
      [&](const Order& order) -> Status {
        if (actor == Actor::kOwner && order.user_id != caller_id) return NotFound("Order not found");
        if (!CanTransition(order.status, status, actor)) {
          return Conflict("Cannot change order " + order.order_number + " from " + std::string(ToString(order.status)) +
                          " to " + std::string(ToString(status)));
        }
        return Ok{};
      },
      /*released=*/false);
}

std::int64_t OrderService::ReleaseExpiredHolds() {
  if (limits_.pending_ttl.count() == 0) return 0;
  const auto expired = ExpiredHolds(*db_.Acquire(), limits_.pending_ttl, kReleaseBatch);
  std::int64_t released = 0;
  for (const std::int64_t order_id : expired) {
    // Cancelled, paid for or released by another server meanwhile: the lock sees it, and it stays.
    const auto still_pending = [](const Order& order) -> Status {
      if (order.status != OrderStatus::kPending) return Conflict("Order is no longer pending");
      return Ok{};
    };
    if (Transition(order_id, OrderStatus::kCancelled, still_pending, /*released=*/true)) ++released;
  }
  return released;
}

Result<Order> OrderService::Transition(std::int64_t order_id, OrderStatus status,
                                       const std::function<Status(const Order&)>& check, bool released) {
  auto connection = db_.Acquire();
  db::Transaction transaction(*connection);
  auto order = LockOrder(*connection, order_id);
  if (!order) return NotFound("Order not found");
  if (auto allowed = check(*order); !allowed) return std::move(allowed).error();
  const bool restock = status == OrderStatus::kCancelled;
  http::StockChange change;
  if (restock) {
    std::vector<OrderItem> items = order->items;
    std::sort(items.begin(), items.end(), [](const OrderItem& a, const OrderItem& b) {
      return std::tie(a.product_id, a.variant_id) < std::tie(b.product_id, b.variant_id);
    });
    for (const auto& item : items) {
      const auto stock = ReturnStock(*connection, item);
      if (!stock) continue;
      change.product_ids.push_back(item.product_id);
      change.availability = change.availability || *stock == item.quantity;  // back from zero
    }
    if (order->discount.code_id) discounts::store::ReleaseCode(*connection, *order->discount.code_id);
    if (change.availability) restocks_.Restocked(*connection, change.product_ids);
  }
  Order updated = UpdateStatus(*connection, order_id, status);
  updated.items = std::move(order->items);
  if (const auto account = FindAccount(*connection, updated.user_id); account && account->verified) {
    if (released) {
      mail::Enqueue(*connection, ReleaseEmail(updated, account->email, frontend_url_, limits_.pending_ttl));
    } else if (auto email = StatusEmail(updated, account->email, frontend_url_)) {
      mail::Enqueue(*connection, *email);
    }
  }
  transaction.Commit();
  if (restock) catalog_cache_.InvalidateStock(change);
  stats_.Invalidate();
  return updated;
}

}  // namespace shop::orders
