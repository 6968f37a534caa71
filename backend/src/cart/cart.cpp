#include "cart/cart.hpp"

namespace shop::cart {

std::int64_t Cart::total_items() const {
  std::int64_t total = 0;
  for (const auto& item : items) total += item.quantity;
  return total;
}

Money Cart::subtotal() const {
  Money total;
  for (const auto& item : items) total += item.line_total();
  return total;
}

CartItem CartItemFromRow(const db::Row& row) {
  CartItem item;
  item.id = row.Int("id");
  item.product_id = row.Int("product_id");
  item.quantity = row.Int("quantity");
  item.created_at = row.Timestamp("created_at");
  item.product = CartProduct{row.Int("product_id"), row.String("name"),         row.String("slug"),
                             row.GetMoney("price"), row.OptString("image_url"), row.Int("stock_quantity")};
  return item;
}

nlohmann::json ToJson(const Cart& cart) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& item : cart.items) {
    const auto& product = item.product;
    items.push_back({{"id", item.id},
                     {"product_id", item.product_id},
                     {"quantity", item.quantity},
                     {"line_total", item.line_total().ToDouble()},
                     {"product",
                      {{"id", product.id},
                       {"name", product.name},
                       {"slug", product.slug},
                       {"price", product.price.ToDouble()},
                       {"image_url", product.image_url ? nlohmann::json(*product.image_url) : nullptr},
                       {"stock_quantity", product.stock_quantity}}},
                     {"created_at", item.created_at}});
  }
  return {{"items", std::move(items)}, {"total_items", cart.total_items()}, {"subtotal", cart.subtotal().ToDouble()}};
}

nlohmann::json ToJson(const Adjustment& adjustment) {
  nlohmann::json json = {{"product_id", adjustment.product_id}, {"requested", adjustment.requested}};
  if (adjustment.quantity) json["quantity"] = *adjustment.quantity;
  json["reason"] = adjustment.reason == Adjustment::Reason::kCapped ? "capped" : "unavailable";
  return json;
}

}  // namespace shop::cart
