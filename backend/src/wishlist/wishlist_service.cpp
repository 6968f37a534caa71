#include "wishlist/wishlist_service.hpp"

#include <string>

#include "wishlist/wishlist_store.hpp"

namespace shop::wishlist {

Page<WishlistItem> WishlistService::List(std::int64_t user_id, std::int64_t limit, std::int64_t offset) {
  return store::ListItems(*db_.Acquire(), user_id, limit, offset);
}

std::vector<std::int64_t> WishlistService::SavedIds(std::int64_t user_id) {
  return store::SavedIds(*db_.Acquire(), user_id);
}

Result<Saved> WishlistService::Save(std::int64_t user_id, std::int64_t product_id) {
  auto connection = db_.Acquire();
  db::Transaction transaction(*connection);
  const std::int64_t held = store::LockAndCount(*connection, user_id);
  if (auto existing = store::FindItem(*connection, user_id, product_id)) return Saved{std::move(*existing), false};
  if (held >= kMaxItems) {
    return Conflict("You can save at most " + std::to_string(kMaxItems) + " products; remove one to save another");
  }
  if (!store::Insert(*connection, user_id, product_id)) return NotFound("Product not found");
  auto item = store::FindItem(*connection, user_id, product_id);
  transaction.Commit();
  return Saved{std::move(*item), true};
}

void WishlistService::Remove(std::int64_t user_id, std::int64_t product_id) {
  store::Remove(*db_.Acquire(), user_id, product_id);
}

}  // namespace shop::wishlist
