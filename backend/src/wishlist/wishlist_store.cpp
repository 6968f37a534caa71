#include "wishlist/wishlist_store.hpp"

namespace shop::wishlist::store {
namespace {

constexpr std::string_view kFromItems = " FROM wishlist_items w JOIN products p ON p.id = w.product_id";

const db::JoinedStatement kList{
    "wishlist_list",
    {"SELECT ", kWishlistColumns, kFromItems, " WHERE w.user_id = $1 ORDER BY w.created_at DESC, w.product_id DESC",
     " LIMIT $2 OFFSET $3"}};
constexpr db::Statement kCount{"wishlist_count", "SELECT count(*) AS total FROM wishlist_items WHERE user_id = $1"};
constexpr db::Statement kIds{"wishlist_ids",
                             "SELECT product_id FROM wishlist_items WHERE user_id = $1 ORDER BY created_at DESC"};
constexpr db::Statement kLockUser{"wishlist_lock_user", "SELECT 1 FROM users WHERE id = $1 FOR NO KEY UPDATE"};
constexpr db::Statement kInsert{"wishlist_insert",
                                "INSERT INTO wishlist_items (user_id, product_id) SELECT $1, id FROM products"
                                " WHERE id = $2 AND is_active ON CONFLICT DO NOTHING RETURNING product_id"};
const db::JoinedStatement kFind{
    "wishlist_find", {"SELECT ", kWishlistColumns, kFromItems, " WHERE w.user_id = $1 AND w.product_id = $2"}};
constexpr db::Statement kRemove{"wishlist_remove", "DELETE FROM wishlist_items WHERE user_id = $1 AND product_id = $2"};

}  // namespace

Page<WishlistItem> ListItems(db::Connection& connection, std::int64_t user_id, std::int64_t limit,
                             std::int64_t offset) {
  Page<WishlistItem> page;
  page.total = connection.Exec(kCount, {user_id}).front().Int("total");
  if (offset < page.total) {
    for (const auto& row : connection.Exec(kList, {user_id, limit, offset})) {
      page.items.push_back(WishlistItemFromRow(row));
    }
  }
  return page;
}

std::vector<std::int64_t> SavedIds(db::Connection& connection, std::int64_t user_id) {
  std::vector<std::int64_t> ids;
  for (const auto& row : connection.Exec(kIds, {user_id})) ids.push_back(row.Int("product_id"));
  return ids;
}

std::int64_t LockAndCount(db::Connection& connection, std::int64_t user_id) {
  connection.Exec(kLockUser, {user_id});
  // A statement of its own, after the lock: its snapshot sees the saves committed before it.
  return connection.Exec(kCount, {user_id}).front().Int("total");
}

bool Insert(db::Connection& connection, std::int64_t user_id, std::int64_t product_id) {
  return !connection.Exec(kInsert, {user_id, product_id}).empty();
}

std::optional<WishlistItem> FindItem(db::Connection& connection, std::int64_t user_id, std::int64_t product_id) {
  return connection.Exec(kFind, {user_id, product_id}).First(WishlistItemFromRow);
}

void Remove(db::Connection& connection, std::int64_t user_id, std::int64_t product_id) {
  connection.Exec(kRemove, {user_id, product_id});
}

}  // namespace shop::wishlist::store
