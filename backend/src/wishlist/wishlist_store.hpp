// SQL of the wishlist. Every function throws db::Unavailable on an outage and db::QueryError on a
// failed statement.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "common/page.hpp"
#include "db/connection.hpp"
#include "wishlist/wishlist.hpp"

namespace shop::wishlist::store {

Page<WishlistItem> ListItems(db::Connection& connection, std::int64_t user_id, std::int64_t limit, std::int64_t offset);
std::vector<std::int64_t> SavedIds(db::Connection& connection, std::int64_t user_id);
// Locks the user's row until the transaction ends, so that one customer's saves are counted one
// after another; then returns how many products they have saved.
std::int64_t LockAndCount(db::Connection& connection, std::int64_t user_id);
// Saves an active product not saved yet; false when it is unknown, inactive or saved already.
bool Insert(db::Connection& connection, std::int64_t user_id, std::int64_t product_id);
std::optional<WishlistItem> FindItem(db::Connection& connection, std::int64_t user_id, std::int64_t product_id);
void Remove(db::Connection& connection, std::int64_t user_id, std::int64_t product_id);

}  // namespace shop::wishlist::store
