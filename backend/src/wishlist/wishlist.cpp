#include "wishlist/wishlist.hpp"

#include "http/json_or_null.hpp"

namespace shop::wishlist {

WishlistItem WishlistItemFromRow(const db::Row& row) {
  WishlistItem item;
  item.product_id = row.Int("product_id");
  item.created_at = row.Timestamp("created_at");
  item.product = SavedProduct{item.product_id,
                              row.String("name"),
                              row.String("slug"),
                              row.GetMoney("price"),
                              row.OptMoney("compare_at_price"),
                              row.OptString("image_url"),
                              row.Int("stock_quantity"),
                              row.Bool("is_active"),
                              row.Bool("has_variants")};
  return item;
}

nlohmann::json ToJson(const WishlistItem& item) {
  const auto& product = item.product;
  return {{"product_id", item.product_id},
          {"created_at", item.created_at},
          {"product",
           {{"id", product.id},
            {"name", product.name},
            {"slug", product.slug},
            {"price", product.price.ToDouble()},
            {"compare_at_price", http::OrNull(product.compare_at_price)},
            {"image_url", http::OrNull(product.image_url)},
            {"stock_quantity", product.stock_quantity},
            {"is_active", product.is_active},
            {"has_variants", product.has_variants}}}};
}

}  // namespace shop::wishlist
