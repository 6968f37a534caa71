#include "cart/cart.hpp"

#include "http/json_writer.hpp"
#include "variants/variants.hpp"

namespace shop::cart {
namespace {

// The members of the Cart object, keys in alphabetical order (see JsonWriter).
void WriteCartMembers(http::JsonWriter& json, const Cart& cart) {
  json.Key("discount");
  if (cart.discount) {
    const auto& [rules, refusal] = *cart.discount;
    json.BeginObject();
    json.Key("applicable").Bool(!refusal);
    json.Key("code").String(rules.code);
    json.Key("kind").String(discounts::ToString(rules.kind));
    json.Key("min_subtotal").OptNumber(rules.min_subtotal);
    json.Key("reason").OptString(refusal ? std::optional(discounts::Explain(*refusal, rules)) : std::nullopt);
    json.Key("value").Number(rules.value);
    json.EndObject();
  } else {
    json.Null();
  }
  json.Key("discount_amount").Number(cart.discount_amount());
  json.Key("items").BeginArray();
  for (const auto& item : cart.items) {
    const auto& product = item.product;
    json.BeginObject();
    json.Key("created_at").String(item.created_at);
    json.Key("id").Int(item.id);
    json.Key("line_total").Number(item.line_total());
    json.Key("product").BeginObject();
    json.Key("id").Int(product.id);
    json.Key("image_url").OptString(product.image_url);
    json.Key("name").String(product.name);
    json.Key("price").Number(product.price);
    json.Key("slug").String(product.slug);
    json.Key("stock_quantity").Int(product.stock_quantity);
    json.EndObject();
    json.Key("product_id").Int(item.product_id);
    json.Key("quantity").Int(item.quantity);
    json.Key("variant");
    if (item.variant) {
      json.BeginObject().Key("id").Int(item.variant->id);
      json.Key("options").BeginArray();
      for (const auto& [name, value] : item.variant->options) {
        json.BeginObject().Key("name").String(name).Key("value").String(value).EndObject();
      }
      json.EndArray();
      json.Key("sku").String(item.variant->sku);
      json.Key("title").String(item.variant->title()).EndObject();
      json.Key("variant_id").Int(item.variant->id);
    } else {
      json.Null().Key("variant_id").Null();
    }
    json.EndObject();
  }
  json.EndArray();
  json.Key("subtotal").Number(cart.subtotal());
  json.Key("total").Number(cart.total());
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

Money Cart::discount_amount() const {
  if (!discount || discount->refusal) return Money();
  return discounts::AmountOff(discount->rules, subtotal());
}

Cart CartWith(std::vector<CartItem> items, const std::optional<discounts::CustomerCode>& code, datetime::Time now) {
  Cart cart{std::move(items), std::nullopt};
  if (code) {
    cart.discount =
        CartDiscount{code->code, discounts::Check(code->code, cart.subtotal(), now, code->used_by_customer)};
  }
  return cart;
}

std::string CartVariant::title() const {
  std::vector<std::string> values;
  for (const auto& option : options) values.push_back(option.second);
  return variants::Title(values);
}

CartItem CartItemFromRow(const db::Row& row) {
  CartItem item;
  item.id = row.Int("id");
  item.product_id = row.Int("product_id");
  item.quantity = row.Int("quantity");
  item.created_at = row.Timestamp("created_at");
  item.product = CartProduct{row.Int("product_id"), row.String("name"),         row.String("slug"),
                             row.GetMoney("price"), row.OptString("image_url"), row.Int("stock_quantity")};
  if (const auto variant_id = row.OptInt("variant_id")) {
    const auto names = nlohmann::json::parse(row.Text("option_names_json")).get<std::vector<std::string>>();
    const auto values = nlohmann::json::parse(row.Text("option_values_json")).get<std::vector<std::string>>();
    CartVariant variant{*variant_id, row.String("variant_sku"), {}};
    for (std::size_t i = 0; i < values.size(); ++i) {
      variant.options.emplace_back(names.at(i), values[i]);
    }
    item.variant = std::move(variant);
  }
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
    json.Key("requested").Int(adjustment.requested);
    if (adjustment.variant_id) json.Key("variant_id").Int(*adjustment.variant_id);
    json.EndObject();
  }
  json.EndArray();
  WriteCartMembers(json, cart);
  json.EndObject();
  return json.Take();
}

}  // namespace shop::cart
