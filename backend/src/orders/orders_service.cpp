#include "orders/orders_service.hpp"

#include <algorithm>

#include "cart/cart_service.hpp"
#include "common/crypto.hpp"
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

}  // namespace

mail::Message ConfirmationEmail(const Order& order, const std::string& frontend_url) {
  std::vector<std::string> paragraphs = {"Thank you for your order. We have received order " + order.order_number +
                                         " and will let you know when it ships."};
  for (const auto& item : order.items) {
    paragraphs.push_back(std::to_string(item.quantity) + " × " + item.product_name + " (" + item.product_sku + "), " +
                         Dollars(item.price) + " each: " + Dollars(item.line_total()));
  }
  paragraphs.push_back("Total: " + Dollars(order.total_amount));
  paragraphs.push_back("Shipping to: " + ShippingAddress(order));
  return mail::Compose("order_confirmation", order.customer_email, "Order " + order.order_number + " confirmed",
                       "Thank you, " + order.customer_name, paragraphs, OrderLink(order, frontend_url));
}

std::optional<mail::Message> StatusEmail(const Order& order, const std::string& frontend_url) {
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
    paragraphs.push_back("If you did not ask for this, please reply to this email.");
  }
  return mail::Compose("order_status", order.customer_email, "Order " + order.order_number + " " + news,
                       "Hello " + order.customer_name, paragraphs, OrderLink(order, frontend_url));
}

Result<Receipt> OrderService::Checkout(std::int64_t user_id, const CheckoutDetails& details,
                                       const std::optional<std::string>& idempotency_key) {
  auto connection = db_.Acquire();
  db::Transaction transaction(*connection);
  const std::string request_hash = RequestHash(details);
  if (idempotency_key && !ClaimIdempotencyKey(*connection, user_id, *idempotency_key, request_hash)) {
    auto stored = FindStoredResponse(*connection, user_id, *idempotency_key, request_hash);
    if (!stored) return Conflict("A request with this Idempotency-Key is still in progress; retry");
    if (!stored->same_request) {
      return InvalidField({"header", "Idempotency-Key"},
                          "This Idempotency-Key was already used for a checkout with different details",
                          "idempotency_key_reused");
    }
    return Receipt{stored->status, std::move(stored->body), true};
  }

  const auto lines = TakeCart(*connection, user_id);
  if (lines.empty()) return BadRequest("Cart is empty");
  std::vector<OrderItem> items;
  std::vector<std::string> short_products;
  Money subtotal;
  for (const auto& line : lines) {
    if (!line.stock_left) {
      short_products.push_back(line.item.product_name);
      continue;
    }
    subtotal += line.item.line_total();
    items.push_back(line.item);
  }
  if (!short_products.empty()) return Conflict("Insufficient stock for: " + Join(short_products, ", "));

  // The order number is taken last, so the statements between it and the commit are few.
  const Order order = InsertOrder(*connection, user_id, details, subtotal, std::move(items));
  Receipt receipt{201, ToJson(order).dump(), false};
  std::vector<db::Queued> batch = {mail::EnqueueStatement(ConfirmationEmail(order, frontend_url_))};
  if (idempotency_key) {
    batch.push_back(StoreResponseStatement(user_id, *idempotency_key, order.id, receipt.status, receipt.body));
  }
  // The email, the response kept for the key and the commit go in one round trip.
  transaction.Commit(std::move(batch));
  catalog::StockChange change;
  for (const auto& line : lines) {
    change.product_ids.push_back(line.item.product_id);
    change.availability = change.availability || *line.stock_left == 0;
  }
  catalog_cache_.InvalidateStock(change);
  catalog_cache_.Invalidate(cart::CacheKey(user_id));  // emptied
  stats_cache_.Invalidate();
  return receipt;
}

OrderPage OrderService::List(std::int64_t user_id, std::int64_t limit, std::int64_t offset) {
  auto connection = db_.Acquire();
  OrderPage page;
  page.total = CountUserOrders(*connection, user_id);
  if (offset < page.total) page.orders = ListUserOrders(*connection, user_id, limit, offset);
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
  auto connection = db_.Acquire();
  db::Transaction transaction(*connection);
  auto order = LockOrder(*connection, order_id);
  if (!order || (actor == Actor::kOwner && order->user_id != caller_id)) return NotFound("Order not found");
  if (!CanTransition(order->status, status, actor)) {
    return Conflict("Cannot change order " + order->order_number + " from " + std::string(ToString(order->status)) +
                    " to " + std::string(ToString(status)));
  }
  const bool restock = status == OrderStatus::kCancelled;
  catalog::StockChange change;
  if (restock) {
    std::vector<OrderItem> items = order->items;
    std::sort(items.begin(), items.end(),
              [](const OrderItem& a, const OrderItem& b) { return a.product_id < b.product_id; });
    for (const auto& item : items) {
      const std::int64_t stock = ReturnStock(*connection, item.product_id, item.quantity);
      change.product_ids.push_back(item.product_id);
      change.availability = change.availability || stock == item.quantity;  // back from zero
    }
  }
  Order updated = UpdateStatus(*connection, order_id, status);
  updated.items = std::move(order->items);
  if (auto email = StatusEmail(updated, frontend_url_)) mail::Enqueue(*connection, *email);
  transaction.Commit();
  if (restock) catalog_cache_.InvalidateStock(change);
  stats_cache_.Invalidate();
  return updated;
}

}  // namespace shop::orders
