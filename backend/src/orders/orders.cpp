#include "orders/orders.hpp"

#include "http/json_or_null.hpp"
#include "variants/variants.hpp"

namespace shop::orders {

std::string_view ToString(OrderStatus status) { return kStatusNames[static_cast<int>(status)]; }

std::optional<OrderStatus> ParseStatus(std::string_view text) {
  for (int i = 0; i < static_cast<int>(std::size(kStatusNames)); ++i) {
    if (kStatusNames[i] == text) return static_cast<OrderStatus>(i);
  }
  return std::nullopt;
}

bool CanTransition(OrderStatus from, OrderStatus to, Actor actor) {
  using enum OrderStatus;
  if (to == kCancelled) return from == kPending || (actor == Actor::kAdmin && from == kProcessing);
  if (actor != Actor::kAdmin) return false;
  return (from == kPending && to == kProcessing) || (from == kProcessing && to == kShipped) ||
         (from == kShipped && to == kDelivered);
}

Order OrderFromRow(const db::Row& row) {
  Order order{
      CheckoutDetails{row.String("customer_name"), row.String("customer_email"), row.OptString("customer_phone"),
                      row.String("shipping_address"), row.String("shipping_city"), row.OptString("shipping_state"),
                      row.String("shipping_postal_code"), row.String("shipping_country"), row.OptString("notes")}};
  order.id = row.Int("id");
  order.order_number = row.String("order_number");
  order.user_id = row.Int("user_id");
  order.status = row.Parsed("status", ParseStatus);
  order.subtotal = row.GetMoney("subtotal");
  order.discount = {row.OptInt("discount_code_id"), row.OptString("discount_code"), row.GetMoney("discount_amount")};
  order.total_amount = row.GetMoney("total_amount");
  order.created_at = row.Timestamp("created_at");
  order.updated_at = row.Timestamp("updated_at");
  return order;
}

std::string OrderItem::display_name() const { return variants::NameWithTitle(product_name, variant_title); }

OrderItem OrderItemFromRow(const db::Row& row) {
  return OrderItem{
      row.Int("id"),       row.Int("product_id"), row.String("product_name"), row.String("product_sku"),
      row.Int("quantity"), row.GetMoney("price"), row.OptInt("variant_id"),   row.OptString("variant_title")};
}

nlohmann::json ToJson(const CheckoutDetails& details) {
  return {{"customer_name", details.customer_name},
          {"customer_email", details.customer_email},
          {"customer_phone", http::OrNull(details.customer_phone)},
          {"shipping_address", details.shipping_address},
          {"shipping_city", details.shipping_city},
          {"shipping_state", http::OrNull(details.shipping_state)},
          {"shipping_postal_code", details.shipping_postal_code},
          {"shipping_country", details.shipping_country},
          {"notes", http::OrNull(details.notes)}};
}

nlohmann::json ToJson(const Order& order, bool with_items) {
  nlohmann::json json = ToJson(static_cast<const CheckoutDetails&>(order));
  json.update({{"id", order.id},
               {"order_number", order.order_number},
               {"user_id", order.user_id},
               {"status", ToString(order.status)},
               {"subtotal", order.subtotal.ToDouble()},
               {"discount_code", http::OrNull(order.discount.code)},
               {"discount_amount", order.discount.amount.ToDouble()},
               {"total_amount", order.total_amount.ToDouble()},
               {"created_at", order.created_at},
               {"updated_at", order.updated_at}});
  if (with_items) {
    json["items"] = nlohmann::json::array();
    for (const auto& item : order.items) {
      json["items"].push_back({{"id", item.id},
                               {"product_id", item.product_id},
                               {"product_name", item.product_name},
                               {"product_sku", item.product_sku},
                               {"quantity", item.quantity},
                               {"price", item.price.ToDouble()},
                               {"line_total", item.line_total().ToDouble()},
                               {"variant_id", http::OrNull(item.variant_id)},
                               {"variant_title", http::OrNull(item.variant_title)}});
    }
  }
  return json;
}

}  // namespace shop::orders
