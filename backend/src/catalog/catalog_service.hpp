// The catalog's rules: visibility of inactive products, unique slugs and skus, what deleting
// means, image uploads, and the response cache that every catalog write invalidates.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog.hpp"
#include "common/errors.hpp"
#include "db/pool.hpp"
#include "http/response_cache.hpp"
#include "stock_alerts/stock_alerts.hpp"

namespace shop::catalog {

inline constexpr std::size_t kMaxImageBytes = 5 * 1024 * 1024;

class CatalogService {
 public:
  // `cache_bytes`: the memory the response cache may hold (see ResponseCache). A product change that
  // leaves it in stock tells `restocks`, in its transaction (back-in-stock alerts).
  CatalogService(db::Pool& db, std::filesystem::path upload_dir, const stock_alerts::RestockNotifier& restocks,
                 std::size_t cache_bytes = http::ResponseCache::kDefaultMaxBytes);

  // Every function below throws db::Unavailable when the database is down.

  std::vector<Category> ListCategories();
  // 404 when there is no such category.
  Result<Category> GetCategory(std::int64_t id);
  Result<Category> GetCategoryBySlug(const std::string& slug);
  // 409 when the slug is taken.
  Result<Category> CreateCategory(const CategoryInput& input);
  // 404 for an unknown category, 409 when the new slug is taken.
  Result<Category> UpdateCategory(std::int64_t id, const CategoryInput& input);
  // 404 for an unknown category, 409 while products use it.
  Status DeleteCategory(std::int64_t id);

  // Inactive products are found only when `see_inactive` (admins); 404 otherwise.
  Result<Product> GetProduct(std::int64_t id, bool see_inactive);
  Result<Product> GetProductBySlug(const std::string& slug, bool see_inactive);
  // A page of products; the query's search words are prepared here.
  Page<Product> ListProducts(ProductQuery query);
  // 409 when the slug or sku is taken, 422 for an unknown category.
  Result<Product> CreateProduct(const ProductInput& input);
  // 404 for an unknown product, 409 when the new slug or sku is taken, 422 for an unknown category.
  Result<Product> UpdateProduct(std::int64_t id, const ProductInput& input);
  // Deletes the product, or deactivates it when orders refer to it. 404 for an unknown product.
  Status DeleteProduct(std::int64_t id);

  // Stores an uploaded image under the upload folder and returns its URL ("/uploads/<name>").
  // 422 when the content is not a JPEG, PNG, WebP or GIF image, 413 above kMaxImageBytes.
  // Throws std::filesystem::filesystem_error when the file cannot be written.
  Result<std::string> StoreImage(std::string_view content);

  const std::filesystem::path& upload_dir() const { return upload_dir_; }
  http::ResponseCache& cache() { return cache_; }

 private:
  // Called after every committed write, before the write is answered.
  void Changed();

  db::Pool& db_;
  std::filesystem::path upload_dir_;
  const stock_alerts::RestockNotifier& restocks_;
  http::ResponseCache cache_;
};

}  // namespace shop::catalog
