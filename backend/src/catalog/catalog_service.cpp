#include "catalog/catalog_service.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "catalog/catalog_store.hpp"
#include "catalog/images.hpp"
#include "db/connection.hpp"

namespace shop::catalog {
namespace {

constexpr std::size_t kMaxSlugLength = 80;
constexpr int kSlugAttempts = 5;

struct Transliteration {
  char32_t first;
  char32_t last;
  std::string_view ascii;
};

// Latin-1 and Latin Extended-A letters with their plain ASCII spelling.
constexpr std::array kTransliterations = {
    Transliteration{0xC0, 0xC5, "a"},    Transliteration{0xC6, 0xC6, "ae"},  Transliteration{0xC7, 0xC7, "c"},
    Transliteration{0xC8, 0xCB, "e"},    Transliteration{0xCC, 0xCF, "i"},   Transliteration{0xD0, 0xD0, "d"},
    Transliteration{0xD1, 0xD1, "n"},    Transliteration{0xD2, 0xD6, "o"},   Transliteration{0xD8, 0xD8, "o"},
    Transliteration{0xD9, 0xDC, "u"},    Transliteration{0xDD, 0xDD, "y"},   Transliteration{0xDE, 0xDE, "th"},
    Transliteration{0xDF, 0xDF, "ss"},   Transliteration{0xE0, 0xE5, "a"},   Transliteration{0xE6, 0xE6, "ae"},
    Transliteration{0xE7, 0xE7, "c"},    Transliteration{0xE8, 0xEB, "e"},   Transliteration{0xEC, 0xEF, "i"},
    Transliteration{0xF0, 0xF0, "d"},    Transliteration{0xF1, 0xF1, "n"},   Transliteration{0xF2, 0xF6, "o"},
    Transliteration{0xF8, 0xF8, "o"},    Transliteration{0xF9, 0xFC, "u"},   Transliteration{0xFD, 0xFD, "y"},
    Transliteration{0xFE, 0xFE, "th"},   Transliteration{0xFF, 0xFF, "y"},   Transliteration{0x100, 0x105, "a"},
    Transliteration{0x106, 0x10D, "c"},  Transliteration{0x10E, 0x111, "d"}, Transliteration{0x112, 0x11B, "e"},
    Transliteration{0x11C, 0x123, "g"},  Transliteration{0x124, 0x127, "h"}, Transliteration{0x128, 0x131, "i"},
    Transliteration{0x132, 0x133, "ij"}, Transliteration{0x134, 0x135, "j"}, Transliteration{0x136, 0x138, "k"},
    Transliteration{0x139, 0x142, "l"},  Transliteration{0x143, 0x14B, "n"}, Transliteration{0x14C, 0x151, "o"},
    Transliteration{0x152, 0x153, "oe"}, Transliteration{0x154, 0x159, "r"}, Transliteration{0x15A, 0x161, "s"},
    Transliteration{0x162, 0x167, "t"},  Transliteration{0x168, 0x173, "u"}, Transliteration{0x174, 0x175, "w"},
    Transliteration{0x176, 0x178, "y"},  Transliteration{0x179, 0x17E, "z"}, Transliteration{0x17F, 0x17F, "s"},
};

// Decodes the UTF-8 code point at `text[i]` and advances `i`; an invalid byte decodes as U+FFFD.
char32_t NextCodePoint(std::string_view text, std::size_t& i) {
  const auto byte = static_cast<unsigned char>(text[i]);
  int length = byte < 0x80 ? 1 : (byte >> 5) == 0x6 ? 2 : (byte >> 4) == 0xE ? 3 : (byte >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || i + length > text.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t code = length == 1 ? byte : byte & (0x7F >> length);
  for (int k = 1; k < length; ++k) {
    const auto next = static_cast<unsigned char>(text[i + k]);
    if ((next & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    code = (code << 6) | (next & 0x3F);
  }
  i += length;
  return code;
}

// What a code point contributes to a slug: letters and digits (transliterated), "-" for a
// separator, "" for what is dropped (apostrophes, scripts without a Latin spelling).
std::string_view SlugPiece(char32_t code, char& ascii) {
  if (code < 0x80) {
    ascii = static_cast<char>(code);
    if (ascii >= 'A' && ascii <= 'Z') ascii = static_cast<char>(ascii - 'A' + 'a');
    if ((ascii >= 'a' && ascii <= 'z') || (ascii >= '0' && ascii <= '9')) return {&ascii, 1};
    if (ascii == '\'') return "";
    return "-";
  }
  if (code == 0x2019 || code == 0x2018) return "";  // typographic apostrophes
  for (const auto& entry : kTransliterations) {
    if (code >= entry.first && code <= entry.last) return entry.ascii;
  }
  if (code == 0xD7 || code == 0xF7 || (code >= 0x2000 && code <= 0x206F) || code == 0xA0) return "-";
  return "";
}

Error SlugTaken(std::string_view what) { return Conflict("A " + std::string(what) + " with this slug already exists"); }

bool IsConstraint(const db::QueryError& error, std::string_view constraint) {
  return error.IsUniqueViolation() && error.constraint == constraint;
}

// The first free slug of `base`, base-2, base-3, ...: the first hundred are checked through the
// unique index, the rest (rarely needed) with a scan.
template <class Among, class Like>
std::string FreeSlug(db::Connection& conn, const std::string& base, Among among, Like like) {
  constexpr int kIndexedCandidates = 100;
  std::vector<std::string> candidates = {base};
  for (int n = 2; n <= kIndexedCandidates; ++n) candidates.push_back(base + "-" + std::to_string(n));
  const auto taken = among(conn, candidates);
  if (taken.size() < candidates.size()) return NextFreeSlug(base, taken);
  return NextFreeSlug(base, like(conn, base));
}

Error UnknownCategory() { return InvalidField({"body", "category_id"}, "Category not found", "value_error"); }

// The resolved row for a new product, or the merge of a patch into an existing one.
store::ProductRow ProductRowOf(const Product& current, const ProductInput& input) {
  store::ProductRow row;
  row.name = input.name.value_or(current.name);
  row.slug = input.slug.value_or(current.slug);
  row.description = input.description.value_or(current.description);
  row.price = input.price.value_or(current.price);
  row.compare_at_price = input.compare_at_price.present ? input.compare_at_price.value : current.compare_at_price;
  row.cost_per_item = input.cost_per_item.present ? input.cost_per_item.value : current.cost_per_item;
  row.stock_quantity = input.stock_quantity.value_or(current.stock_quantity);
  row.sku = input.sku.value_or(current.sku);
  row.image_url = input.image_url.present ? input.image_url.value : current.image_url;
  row.images = input.images.value_or(current.images);
  row.is_active = input.is_active.value_or(current.is_active);
  row.is_featured = input.is_featured.value_or(current.is_featured);
  std::optional<std::int64_t> category_id;
  if (current.category) category_id = current.category->id;
  row.category_id = input.category_id.present ? input.category_id.value : category_id;
  return row;
}

// The cache key of the number of products a listing without search matches: its filters, not
// its page or order ("-" for a filter not given), unambiguous as only the last is free text.
std::string TotalKey(const ProductQuery& query) {
  std::string key = "total:";
  const auto add = [&key](const std::optional<std::string>& value) { key += (value ? *value : "-") + ":"; };
  const auto text = [](const auto& value) { return value ? std::optional(std::to_string(*value)) : std::nullopt; };
  add(text(query.category_id));
  add(query.min_price ? std::optional(query.min_price->ToString()) : std::nullopt);
  add(query.max_price ? std::optional(query.max_price->ToString()) : std::nullopt);
  add(text(query.in_stock));
  add(text(query.featured));
  add(query.include_inactive ? "all" : "active");
  return key + query.category_slug.value_or("-");  // last: the one filter that is free text
}

}  // namespace

std::string Slugify(std::string_view text) {
  std::string slug;
  bool pending_hyphen = false;
  for (std::size_t i = 0; i < text.size();) {
    char ascii = 0;
    const std::string_view piece = SlugPiece(NextCodePoint(text, i), ascii);
    if (piece == "-") {
      pending_hyphen = !slug.empty();
      continue;
    }
    if (piece.empty()) continue;
    if (pending_hyphen) slug += '-';
    pending_hyphen = false;
    slug += piece;
  }
  if (slug.size() > kMaxSlugLength) {
    slug.resize(kMaxSlugLength);
    const auto hyphen = slug.rfind('-');
    if (hyphen != std::string::npos && hyphen > kMaxSlugLength / 2) slug.resize(hyphen);
  }
  return slug;
}

bool IsValidSlug(std::string_view slug) {
  if (slug.empty() || slug.size() > 120 || slug.front() == '-' || slug.back() == '-') return false;
  char previous = 0;
  for (char c : slug) {
    const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!word && (c != '-' || previous == '-')) return false;
    previous = c;
  }
  return true;
}

std::string NextFreeSlug(const std::string& base, const std::vector<std::string>& taken) {
  const auto is_taken = [&](const std::string& slug) {
    return std::find(taken.begin(), taken.end(), slug) != taken.end();
  };
  if (!is_taken(base)) return base;
  for (std::size_t n = 2;; ++n) {
    std::string candidate = base + "-" + std::to_string(n);
    if (!is_taken(candidate)) return candidate;
  }
}

std::vector<std::string> FuzzyWords(std::string_view search) {
  constexpr std::size_t kMinLength = 4;
  constexpr std::size_t kMaxWords = 6;
  std::vector<std::string> words;
  std::string word;
  const auto flush = [&] {
    if (word.size() >= kMinLength && words.size() < kMaxWords &&
        std::find(words.begin(), words.end(), word) == words.end()) {
      words.push_back(word);
    }
    word.clear();
  };
  for (char c : search) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || byte >= 0x80) {
      word += static_cast<char>(std::tolower(byte));
    } else {
      flush();
    }
  }
  flush();
  return words;
}

CatalogService::CatalogService(db::Pool& db, std::filesystem::path upload_dir, std::size_t cache_bytes)
    : db_(db), upload_dir_(std::move(upload_dir)), cache_(50'000, cache_bytes) {}

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
  std::string base = Slugify(*input.name);
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

ProductPage CatalogService::ListProducts(ProductQuery query) {
  if (query.search) query.fuzzy_words = FuzzyWords(*query.search);
  if (query.sort == ProductSort::kRelevance && !query.search) query.sort = ProductSort::kNewest;
  auto conn = db_.Acquire();
  if (query.search) return store::ListProducts(*conn, query, std::nullopt);
  // Every page and sort order of a listing has the same total: counted once, kept in the cache.
  const std::string key = TotalKey(query);
  std::optional<std::int64_t> total;
  if (const auto kept = cache_.Find(key)) total = std::stoll(kept->body);
  const std::uint64_t version = cache_.Version();
  ProductPage page = store::ListProducts(*conn, query, total);
  if (!total) cache_.Store(key, std::to_string(page.total), {.availability = query.in_stock.has_value()}, version);
  return page;
}

Result<Product> CatalogService::CreateProduct(const ProductInput& input) {
  auto conn = db_.Acquire();
  store::ProductRow row = ProductRowOf(Product{}, input);
  if (row.category_id && !store::CategoryExists(*conn, *row.category_id)) return UnknownCategory();
  std::string base = Slugify(row.name);
  if (base.empty()) base = "product";
  for (int attempt = 0;; ++attempt) {
    if (!input.slug) row.slug = FreeSlug(*conn, base, store::ProductSlugsAmong, store::ProductSlugsLike);
    try {
      const std::int64_t id = store::InsertProduct(*conn, row);
      Changed();
      return *store::FindProduct(*conn, id);
    } catch (const db::QueryError& error) {
      if (IsConstraint(error, "products_sku_key")) return Conflict("A product with this SKU already exists");
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
  const store::ProductRow row = ProductRowOf(*current, input);
  if (input.category_id.present && row.category_id && !store::CategoryExists(*conn, *row.category_id)) {
    return UnknownCategory();
  }
  try {
    store::UpdateProduct(*conn, id, row);
  } catch (const db::QueryError& error) {
    if (IsConstraint(error, "products_sku_key")) return Conflict("A product with this SKU already exists");
    if (IsConstraint(error, "products_slug_key")) return SlugTaken("product");
    if (error.IsForeignKeyViolation()) return UnknownCategory();
    throw;
  }
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
