#include "catalog/catalog_service.hpp"

#include "catalog/catalog_store.hpp"
#include "catalog/images.hpp"
#include "catalog/product_listing.hpp"
#include "common/text.hpp"
#include "db/connection.hpp"

namespace shop::catalog {
namespace {

constexpr int kSlugAttempts = 5;

Error SlugTaken(std::string_view what) { return Conflict("A " + std::string(what) + " with this slug already exists"); }

bool IsConstraint(const db::QueryError& error, std::string_view constraint) {
  return error.IsUniqueViolation() && error.constraint == constraint;
}

// The 409 when a product's SKU is another product's or another product's variant's
// (0016_one_sku_space.sql); nothing for any other error.
std::optional<Error> SkuTaken(const db::QueryError& error) {
  if (IsConstraint(error, "products_sku_key")) return Conflict("A product with this SKU already exists");
  if (IsConstraint(error, "sku_of_another_variant"))
    return Conflict("A variant of another product already has this SKU");
  return std::nullopt;
}

// The first free slug of `base`, base-2, base-3, ...: the first hundred are checked through the
// unique index, the rest (rarely needed) with a scan.
template <class Among, class Like>
std::string FreeSlug(db::Connection& conn, const std::string& base, Among among, Like like) {
  constexpr int kIndexedCandidates = 100;
  std::vector<std::string> candidates = {base};
  for (int n = 2; n <= kIndexedCandidates; ++n) candidates.push_back(base + "-" + std::to_string(n));
  const auto taken = among(conn, candidates);
  if (taken.size() < candidates.size()) return text::NextFreeSlug(base, taken);
  return text::NextFreeSlug(base, like(conn, base));
}

Error UnknownCategory() { return InvalidField({"body", "category_id"}, "Category not found", "value_error"); }

// The cache key of the number of products a listing without search matches: its filters, not
// its page or order ("-" for a filter not given), unambiguous as only the last is free text.
std::string TotalKey(const ProductQuery& query) {
  std::string key = "total:";
  const auto add = [&key](const std::optional<std::string>& value) { key += (value ? *value : "-") + ":"; };
  const auto as_text = [](const auto& value) { return value ? std::optional(std::to_string(*value)) : std::nullopt; };
  add(as_text(query.category_id));
  add(query.min_price ? std::optional(query.min_price->ToString()) : std::nullopt);
  add(query.max_price ? std::optional(query.max_price->ToString()) : std::nullopt);
  add(as_text(query.in_stock));
  add(as_text(query.featured));
  add(query.include_inactive ? "all" : "active");
  return key + query.category_slug.value_or("-");  // last: the one filter that is free text
}

}  // namespace

CatalogService::CatalogService(db::Pool& db, std::filesystem::path upload_dir,
                               const stock_alerts::RestockNotifier& restocks, std::size_t cache_bytes)
    : db_(db), upload_dir_(std::move(upload_dir)), restocks_(restocks), cache_(50'000, cache_bytes) {}

void CatalogService::Changed() { cache_.InvalidateAll(); }

// --- categories ---------------------------------------------------------------------------

std::vector<Category> CatalogService::ListCategories() {
  auto conn = db_.Acquire();
  return store::ListCategories(*conn);
}

Result<Category> CatalogService::GetCategory(std::int64_t id) {
  auto conn = db_.Acquire();
  auto category = store::FindCategory(*conn, id);
  if (!category) return NotFound("Category not found");
  return *category;
}

Result<Category> CatalogService::GetCategoryBySlug(const std::string& slug) {
  auto conn = db_.Acquire();
  auto category = store::FindCategoryBySlug(*conn, slug);
  if (!category) return NotFound("Category not found");
  return *category;
}

Result<Category> CatalogService::CreateCategory(const CategoryInput& input) {
  auto conn = db_.Acquire();
  store::CategoryRow row{*input.name, "", input.description.value, input.image_url.value};
  std::string base = text::Slugify(*input.name);
  if (base.empty()) base = "category";
  for (int attempt = 0;; ++attempt) {
    row.slug = input.slug ? *input.slug : FreeSlug(*conn, base, store::CategorySlugsAmong, store::CategorySlugsLike);
    try {
      const std::int64_t id = store::InsertCategory(*conn, row);
      Changed();
      return *store::FindCategory(*conn, id);
    } catch (const db::QueryError& error) {
      if (!IsConstraint(error, "categories_slug_key")) throw;
      if (input.slug || attempt + 1 == kSlugAttempts) return SlugTaken("category");
    }
  }
}

Result<Category> CatalogService::UpdateCategory(std::int64_t id, const CategoryInput& input) {
  auto conn = db_.Acquire();
  auto current = store::FindCategory(*conn, id);
  if (!current) return NotFound("Category not found");
  store::CategoryRow row{input.name.value_or(current->name), input.slug.value_or(current->slug),
                         input.description.present ? input.description.value : current->description,
                         input.image_url.present ? input.image_url.value : current->image_url};
  try {
    store::UpdateCategory(*conn, id, row);
  } catch (const db::QueryError& error) {
    if (IsConstraint(error, "categories_slug_key")) return SlugTaken("category");
    throw;
  }
  Changed();
  auto updated = store::FindCategory(*conn, id);
  if (!updated) return NotFound("Category not found");
  return *updated;
}

Status CatalogService::DeleteCategory(std::int64_t id) {
  auto conn = db_.Acquire();
  if (store::CategoryInUse(*conn, id)) return Conflict("Category still has products; move or delete them first");
  try {
    if (!store::DeleteCategory(*conn, id)) return NotFound("Category not found");
  } catch (const db::QueryError& error) {
    if (error.IsForeignKeyViolation()) return Conflict("Category still has products; move or delete them first");
    throw;
  }
  Changed();
  return Ok{};
}

// --- products -----------------------------------------------------------------------------

Result<Product> CatalogService::GetProduct(std::int64_t id, bool see_inactive) {
  auto conn = db_.Acquire();
  auto product = store::FindProduct(*conn, id);
  if (!product || (!product->is_active && !see_inactive)) return NotFound("Product not found");
  return *product;
}

Result<Product> CatalogService::GetProductBySlug(const std::string& slug, bool see_inactive) {
  auto conn = db_.Acquire();
  auto product = store::FindProductBySlug(*conn, slug);
  if (!product || (!product->is_active && !see_inactive)) return NotFound("Product not found");
  return *product;
}

Page<Product> CatalogService::ListProducts(ProductQuery query) {
  if (query.search) query.fuzzy_words = text::FuzzyWords(*query.search);
  if (query.sort == ProductSort::kRelevance && !query.search) query.sort = ProductSort::kNewest;
  auto conn = db_.Acquire();
  if (query.search) return store::ListProducts(*conn, query, std::nullopt);
  // Every page and sort order of a listing has the same total: counted once, kept in the cache.
  const std::string key = TotalKey(query);
  std::optional<std::int64_t> total;
  if (const auto kept = cache_.Find(key)) total = std::stoll(kept->body);
  const std::uint64_t version = cache_.Version();
  Page<Product> page = store::ListProducts(*conn, query, total);
  if (!total) cache_.Store(key, std::to_string(page.total), {.availability = query.in_stock.has_value()}, version);
  return page;
}

Result<Product> CatalogService::CreateProduct(const ProductInput& input) {
  auto conn = db_.Acquire();
  ProductFields fields = Merged(ProductFields{}, input);
  if (fields.category_id && !store::CategoryExists(*conn, *fields.category_id)) return UnknownCategory();
  std::string base = text::Slugify(fields.name);
  if (base.empty()) base = "product";
  for (int attempt = 0;; ++attempt) {
    if (!input.slug) fields.slug = FreeSlug(*conn, base, store::ProductSlugsAmong, store::ProductSlugsLike);
    try {
      const std::int64_t id = store::InsertProduct(*conn, fields);
      Changed();
      return *store::FindProduct(*conn, id);
    } catch (const db::QueryError& error) {
      if (auto taken = SkuTaken(error)) return *std::move(taken);
      if (error.IsForeignKeyViolation()) return UnknownCategory();
      if (!IsConstraint(error, "products_slug_key")) throw;
      if (input.slug || attempt + 1 == kSlugAttempts) return SlugTaken("product");
    }
  }
}

Result<Product> CatalogService::UpdateProduct(std::int64_t id, const ProductInput& input) {
  auto conn = db_.Acquire();
  db::Transaction tx(*conn);
  auto current = store::FindProduct(*conn, id, /*lock=*/true);
  if (!current) return NotFound("Product not found");
  const ProductFields fields = Merged(*current, input);
  if (current->has_variants && fields.stock_quantity != current->stock_quantity) {
    return InvalidField({"body", "stock_quantity"},
                        "This product's stock is the sum of its variants' stock: change it per variant", "variants");
  }
  if (input.category_id.present && fields.category_id && !store::CategoryExists(*conn, *fields.category_id)) {
    return UnknownCategory();
  }
  try {
    store::UpdateProduct(*conn, id, fields);
  } catch (const db::QueryError& error) {
    if (auto taken = SkuTaken(error)) return *std::move(taken);
    if (IsConstraint(error, "products_slug_key")) return SlugTaken("product");
    if (error.IsForeignKeyViolation()) return UnknownCategory();
    throw;
  }
  if (fields.stock_quantity > 0 && fields.is_active) restocks_.Restocked(*conn, {id});
  tx.Commit();
  Changed();
  return *store::FindProduct(*conn, id);
}

Status CatalogService::DeleteProduct(std::int64_t id) {
  auto conn = db_.Acquire();
  bool found = false;
  if (store::ProductOrdered(*conn, id)) {
    found = store::DeactivateProduct(*conn, id);
  } else {
    try {
      found = store::DeleteProduct(*conn, id);
    } catch (const db::QueryError& error) {
      if (!error.IsForeignKeyViolation()) throw;
      found = store::DeactivateProduct(*conn, id);  // an order took it in the meantime
    }
  }
  if (!found) return NotFound("Product not found");
  Changed();
  return Ok{};
}

Result<std::string> CatalogService::StoreImage(std::string_view content) {
  if (content.size() > kMaxImageBytes) return MakeError(Errc::kPayloadTooLarge, "Image is larger than 5 MiB");
  const auto type = SniffImageType(content);
  if (!type) {
    return InvalidField({"body", "file"}, "File is not a JPEG, PNG, WebP or GIF image (checked by its content)",
                        "value_error");
  }
  return "/uploads/" + SaveImage(upload_dir_, content, *type);
}

}  // namespace shop::catalog
