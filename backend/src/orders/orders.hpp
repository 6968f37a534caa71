// Orders as the API shows them, their status and its allowed transitions (written once, here).
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/money.hpp"
#include "db/connection.hpp"

namespace shop::orders {

enum class OrderStatus { kPending, kProcessing, kShipped, kDelivered, kCancelled };

inline constexpr std::string_view kStatusNames[] = {"pending", "processing", "shipped", "delivered", "cancelled"};

std::string_view ToString(OrderStatus status);
std::optional<OrderStatus> ParseStatus(std::string_view text);

// Who asks for a change of status.
enum class Actor { kOwner, kAdmin };

// The order lifecycle: pending → processing → shipped → delivered, and cancelled from pending
// (owner or admin) or processing (admin only). Anything else is refused.
bool CanTransition(OrderStatus from, OrderStatus to, Actor actor);

struct OrderItem {
  std::int64_t id = 0;
  std::int64_t product_id = 0;
  std::string product_name;
  std::string product_sku;  // the variant's, for a variant
  std::int64_t quantity = 0;
  Money price;
  std::optional<std::int64_t> variant_id;    // gone (nullopt) when the variant was removed later
  std::optional<std::string> variant_title;  // "M / Red", kept as it was sold
  Money line_total() const { return price * quantity; }
  // "T-shirt (M / Red)", or the product's name.
  std::string display_name() const;
};

// What a shopper gives at checkout: who receives the order and where it goes.
struct CheckoutDetails {
  std::string customer_name;
  std::string customer_email;
  std::optional<std::string> customer_phone;
  std::string shipping_address;
  std::string shipping_city;
  std::optional<std::string> shipping_state;
  std::string shipping_postal_code;
  std::string shipping_country;
  std::optional<std::string> notes;
};

// The discount code an order was placed with (its id while the code exists) and what it took off
// the subtotal; no code and zero without one.
struct OrderDiscount {
  std::optional<std::int64_t> code_id;
  std::optional<std::string> code;
  Money amount;
};

// An order: the details it was placed with, and what the shop made of them.
struct Order : CheckoutDetails {
  std::int64_t id = 0;
  std::string order_number;
  std::int64_t user_id = 0;
  OrderStatus status = OrderStatus::kPending;
  Money subtotal;
  OrderDiscount discount;
  Money total_amount;  // the subtotal less the discount
  std::vector<OrderItem> items;
  std::string created_at;
  std::string updated_at;
};

// The details as a JSON object with its keys in a fixed order (nulls for absent fields), so equal
// details always serialise to equal text.
nlohmann::json ToJson(const CheckoutDetails& details);

// The columns OrderFromRow reads (from `orders`), for SELECT lists.
inline constexpr std::string_view kOrderColumns =
    "id, order_number, user_id, status, subtotal, discount_code_id, discount_code, discount_amount, total_amount, "
    "customer_name, customer_email, customer_phone, shipping_address, shipping_city, shipping_state, "
    "shipping_postal_code, shipping_country, notes, created_at, updated_at";
// The columns OrderItemFromRow reads (from `order_items`).
inline constexpr std::string_view kOrderItemColumns =
    "id, order_id, product_id, product_name, product_sku, quantity, price, variant_id, variant_title";

Order OrderFromRow(const db::Row& row);
OrderItem OrderItemFromRow(const db::Row& row);

// The Order object of API.md; without "items" when `with_items` is false (dashboard lists).
nlohmann::json ToJson(const Order& order, bool with_items = true);

}  // namespace shop::orders
