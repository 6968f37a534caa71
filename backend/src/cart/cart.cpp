#include "cart/cart.hpp"

#include "http/json_writer.hpp"

namespace shop::cart {
namespace {

// The members of the Cart object, keys in alphabetical order (see JsonWriter).
void WriteCartMembers(http::JsonWriter& json, const Cart& cart) {
  json.Key("items").BeginArray();
  for (const auto& item : cart.items) {
    const auto& product = item.product;
    json.BeginObject()
        .Key("created_at").String(item.created_at)
        .Key("id").Int(item.id)
        .Key("line_total").Number(item.line_total())
        .Key("product").BeginObject()
        .Key("id").Int(product.id)
        .Key("image_url").OptString(product.image_url)
        .Key("name").String(product.name)
        .Key("price").Number(product.price)
        .Key("slug").String(product.slug)
        .Key("stock_quantity").Int(product.stock_quantity)
        .EndObject()
        .Key("product_id").Int(item.product_id)
        .Key("quantity").Int(item.quantity)
        .EndObject();
  }
  json.EndArray();
  json.Key("subtotal").Number(cart.subtotal());
  json.Key("total_items").Int(cart.total_items());
}

}  // namespace

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

std::string CartJson(const Cart& cart) {
  http::JsonWriter json;
  json.BeginObject();
  WriteCartMembers(json, cart);
  json.EndObject();
  return json.Take();
}

std::string MergedCartJson(const Cart& cart, const std::vector<Adjustment>& adjustments) {
  http::JsonWriter json;
  json.BeginObject().Key("adjustments").BeginArray();
  for (const auto& adjustment : adjustments) {
    json.BeginObject().Key("product_id").Int(adjustment.product_id);
    if (adjustment.quantity) json.Key("quantity").Int(*adjustment.quantity);
    json.Key("reason").String(adjustment.reason == Adjustment::Reason::kCapped ? "capped" : "unavailable");
    json.Key("requested").Int(adjustment.requested).EndObject();
  }
  json.EndArray();
  WriteCartMembers(json, cart);
  json.EndObject();
  return json.Take();
}

}  // namespace shop::cart
