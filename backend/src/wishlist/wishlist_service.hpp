// The wishlist's rules: active products only, each once, at most kMaxItems per customer. Every
// method throws db::Unavailable when the database cannot be reached.
#pragma once

#include <cstdint>
#include <vector>

#include "common/errors.hpp"
#include "common/page.hpp"
#include "db/pool.hpp"
#include "wishlist/wishlist.hpp"

namespace shop::wishlist {

// A save: the line, and whether it is new.
struct Saved {
  WishlistItem item;
  bool added = false;
};

class WishlistService {
 public:
  explicit WishlistService(db::Pool& db) : db_(db) {}

  Page<WishlistItem> List(std::int64_t user_id, std::int64_t limit, std::int64_t offset);
  std::vector<std::int64_t> SavedIds(std::int64_t user_id);
  // 404 for an unknown or inactive product, 409 past kMaxItems.
  Result<Saved> Save(std::int64_t user_id, std::int64_t product_id);
  void Remove(std::int64_t user_id, std::int64_t product_id);

 private:
  db::Pool& db_;
};

}  // namespace shop::wishlist
