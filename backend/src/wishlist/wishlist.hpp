// The wishlist: the products a signed-in customer saved, at most kMaxItems of them.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "common/money.hpp"
#include "db/connection.hpp"

namespace shop::wishlist {

inline constexpr std::int64_t kMaxItems = 200;

// What a saved line shows of its product.
struct SavedProduct {
  std::int64_t id = 0;
  std::string name;
  std::string slug;
  Money price;
  std::optional<Money> compare_at_price;
  std::optional<std::string> image_url;
  std::int64_t stock_quantity = 0;
  bool is_active = true;
  bool has_variants = false;  // then bought from its page, where a variant is chosen
};

struct WishlistItem {
  std::int64_t product_id = 0;
  std::string created_at;
  SavedProduct product;
};

// The columns WishlistItemFromRow reads, from wishlist_items w joined with products p.
inline constexpr std::string_view kWishlistColumns =
    "w.product_id, w.created_at, p.name, p.slug, p.price, p.compare_at_price, p.image_url, p.stock_quantity, "
    "p.is_active, p.has_variants";

WishlistItem WishlistItemFromRow(const db::Row& row);
// The WishlistItem object of docs/api.md.
nlohmann::json ToJson(const WishlistItem& item);

}  // namespace shop::wishlist
