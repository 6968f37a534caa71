#include "cart/cart_service.hpp"

#include <algorithm>

#include "cart/cart_store.hpp"
#include "discounts/discounts_store.hpp"
#include "variants/variants.hpp"

namespace shop::cart {
namespace {

Error InsufficientStock(const ProductStock& product) {
  return BadRequest("Insufficient stock for '" + product.name + "': " + std::to_string(product.stock_quantity) +
                    " available");
}

Error Refused(discounts::Refusal refusal, const discounts::DiscountRules& rules) {
  return InvalidField({"body", "code"}, discounts::Explain(refusal, rules), std::string(discounts::TypeOf(refusal)));
}

}  // namespace

MergePlan PlanMerge(const std::vector<Line>& requested, const std::map<Sellable, std::int64_t>& existing,
                    const std::map<Sellable, std::int64_t>& stock) {
  std::vector<Line> wanted;  // one entry per product or variant, in order of first appearance
  for (const auto& line : requested) {
    auto same = std::find_if(wanted.begin(), wanted.end(),
                             [&](const Line& other) { return other.sellable() == line.sellable(); });
    if (same == wanted.end()) {
      wanted.push_back(line);
    } else {
      same->quantity += line.quantity;
    }
  }

  MergePlan plan;
  for (const auto& line : wanted) {
    const auto available = stock.find(line.sellable());
    if (available == stock.end() || available->second <= 0) {
      plan.adjustments.push_back(
          {line.product_id, line.quantity, std::nullopt, Adjustment::Reason::kUnavailable, line.variant_id});
      continue;
    }
    const auto held = existing.find(line.sellable());
    const std::int64_t before = held == existing.end() ? 0 : held->second;
    const std::int64_t total = before + line.quantity;
    const std::int64_t quantity = std::min(total, available->second);
    if (quantity < total) {
      plan.adjustments.push_back({line.product_id, total, quantity, Adjustment::Reason::kCapped, line.variant_id});
    }
    if (quantity != before) plan.lines.push_back({line.product_id, quantity, line.variant_id});
  }
  return plan;
}

std::string CacheKey(std::int64_t user_id) { return "cart:" + std::to_string(user_id); }

std::string CartService::GetJson(std::int64_t user_id) {
  const std::string key = CacheKey(user_id);
  if (const auto kept = cache_.Find(key)) return kept->body;
  const std::uint64_t version = cache_.Version();  // before reading, so a change during the read wins
  const Cart cart = LoadCart(*db_.Acquire(), user_id);
  if (cart.discount) return CartJson(cart);
  http::StockShown shown;
  for (const auto& item : cart.items) shown.product_ids.push_back(item.product_id);
  std::string body = CartJson(cart);
  cache_.Store(key, body, std::move(shown), version);
  return body;
}

Result<Cart> CartService::Add(std::int64_t user_id, const Sellable& sellable, std::int64_t quantity) {
  auto connection = db_.Acquire();
  std::optional<Cart> cart;
  try {
    cart = AddToCartLine(*connection, user_id, sellable, quantity);
  } catch (const db::QueryError& error) {
    if (!error.IsForeignKeyViolation()) throw;
    return NotFound("Product not found");  // deleted a moment ago
  }
  if (!cart) {
    // Refused: tell an unavailable product or variant from a lack of stock.
    const auto found = FindSellable(*connection, sellable);
    if (!found) return NotFound("Product not found");
    if (auto chosen = variants::CheckChoice({"body", "variant_id"}, found->has_variants,
                                            sellable.variant_id.has_value(), found->variant_found);
        !chosen) {
      return std::move(chosen).error();
    }
    return InsufficientStock(found->sold);
  }
  cache_.Invalidate(CacheKey(user_id));
  return std::move(*cart);
}

Result<Cart> CartService::Update(std::int64_t user_id, std::int64_t item_id, std::int64_t quantity) {
  auto connection = db_.Acquire();
  const auto line = FindCartLine(*connection, user_id, item_id);
  if (!line) return NotFound("Cart item not found");
  if (quantity > line->product.stock_quantity) return InsufficientStock(line->product);
  UpdateCartLine(*connection, user_id, item_id, quantity);
  cache_.Invalidate(CacheKey(user_id));
  return LoadCart(*connection, user_id);
}

Result<Cart> CartService::Remove(std::int64_t user_id, std::int64_t item_id) {
  auto connection = db_.Acquire();
  if (!DeleteCartLine(*connection, user_id, item_id)) return NotFound("Cart item not found");
  cache_.Invalidate(CacheKey(user_id));
  return LoadCart(*connection, user_id);
}

void CartService::Clear(std::int64_t user_id) {
  auto connection = db_.Acquire();
  DeleteCart(*connection, user_id);
  cache_.Invalidate(CacheKey(user_id));
}

MergeResult CartService::Merge(std::int64_t user_id, const std::vector<Line>& items) {
  auto connection = db_.Acquire();
  MergeResult result;
  {
    db::Transaction transaction(*connection);
    std::vector<std::int64_t> product_ids;
    for (const auto& item : items) product_ids.push_back(item.product_id);
    const auto existing = LockCartQuantities(*connection, user_id);
    MergePlan plan = PlanMerge(items, existing, ActiveStock(*connection, product_ids));
    for (const auto& line : plan.lines) SetCartLine(*connection, user_id, line.sellable(), line.quantity);
    transaction.Commit();
    result.adjustments = std::move(plan.adjustments);
  }
  cache_.Invalidate(CacheKey(user_id));
  result.cart = LoadCart(*connection, user_id);
  return result;
}

Result<Cart> CartService::ApplyDiscount(std::int64_t user_id, const std::string& code) {
  if (discount_attempts_per_hour_ > 0) {
    if (auto allowed = discount_attempts_.Take(
            {{std::to_string(user_id), {static_cast<double>(discount_attempts_per_hour_), std::chrono::hours(1)}}});
        !allowed) {
      return std::move(allowed).error();
    }
  }
  auto connection = db_.Acquire();
  const auto found = discounts::store::FindCodeFor(*connection, user_id, code);
  if (!found) return Refused(discounts::Refusal::kInvalid, {});
  Cart cart = LoadCart(*connection, user_id);
  if (const auto refusal = discounts::Check(found->code, cart.subtotal(), datetime::Now(), found->used_by_customer)) {
    return Refused(*refusal, found->code);
  }
  try {
    discounts::store::SetCartCode(*connection, user_id, found->code.id);
  } catch (const db::QueryError& error) {
    if (!error.IsForeignKeyViolation()) throw;
    return Refused(discounts::Refusal::kInvalid, {});  // deleted a moment ago
  }
  cache_.Invalidate(CacheKey(user_id));
  cart.discount = CartDiscount{found->code, std::nullopt};
  return cart;
}

Cart CartService::RemoveDiscount(std::int64_t user_id) {
  auto connection = db_.Acquire();
  discounts::store::RemoveCartCode(*connection, user_id);
  cache_.Invalidate(CacheKey(user_id));
  return LoadCart(*connection, user_id);
}

}  // namespace shop::cart
