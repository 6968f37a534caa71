// The cart's rules: stock is checked on every change, lines belong to their user, a cart kept in
// the browser merges into the stored one with each line capped at the stock, and a discount code
// goes on the cart only when it may be used on it.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "cart/cart.hpp"
#include "common/errors.hpp"
#include "common/rate_limit.hpp"
#include "db/pool.hpp"
#include "http/response_cache.hpp"

namespace shop::cart {

// What merging a browser cart does: the lines to write (their new quantities) and what was capped
// or left out, in the order the browser listed the products.
struct MergePlan {
  std::vector<Line> lines;
  std::vector<Adjustment> adjustments;
};

// Plans a merge: quantities of the same product (or variant) add up, with what the stored cart
// holds (`existing`); each line is capped at its stock; lines absent from `stock` (unknown or
// inactive products, unknown variants, a product with variants named without one) or with no stock
// are left out. Lines whose quantity would not change are not written.
MergePlan PlanMerge(const std::vector<Line>& requested, const std::map<Sellable, std::int64_t>& existing,
                    const std::map<Sellable, std::int64_t>& stock);

struct MergeResult {
  Cart cart;
  std::vector<Adjustment> adjustments;
};

// The key of a user's cart in the catalog's response cache.
std::string CacheKey(std::int64_t user_id);

// Every method throws db::Unavailable when the database cannot be reached.
class CartService {
 public:
  // Keeps each user's cart, as GET /api/cart answers it, in `cache`: a catalog write or a change of
  // stock of one of its products drops it there, and so does every change of the cart here. A cart
  // with a code is never kept: whether the code applies changes with the clock and the code's use.
  // A customer may try `discount_attempts_per_hour` codes an hour (0: no limit).
  CartService(db::Pool& db, http::ResponseCache& cache, int discount_attempts_per_hour = 0)
      : db_(db),
        cache_(cache),
        discount_attempts_per_hour_(discount_attempts_per_hour),
        discount_attempts_("Too many discount codes tried, please try again later") {}

  // The cart as the JSON of GET /api/cart, from the cache when it holds it.
  std::string GetJson(std::int64_t user_id);
  // Adds to the line of the product or variant (or creates it). 404 for an unknown or inactive
  // product, 422 at body.variant_id without a variant of a product with variants (or with one of a
  // plain product, or of another product), 400 when the line would hold more than the stock.
  Result<Cart> Add(std::int64_t user_id, const Sellable& sellable, std::int64_t quantity);
  // Sets a line's quantity. 404 when the line is not the user's, 400 above the stock.
  Result<Cart> Update(std::int64_t user_id, std::int64_t item_id, std::int64_t quantity);
  // Removes a line. 404 when the line is not the user's.
  Result<Cart> Remove(std::int64_t user_id, std::int64_t item_id);
  void Clear(std::int64_t user_id);
  // Merges a browser cart (see PlanMerge) in one transaction.
  MergeResult Merge(std::int64_t user_id, const std::vector<Line>& items);
  // Puts the code on the cart in place of any other. 422 at body.code naming why when it may not be
  // used on this cart now (discounts::Check), 429 past the attempts allowed.
  Result<Cart> ApplyDiscount(std::int64_t user_id, const std::string& code);
  // Takes any code off the cart.
  Cart RemoveDiscount(std::int64_t user_id);

 private:
  db::Pool& db_;
  http::ResponseCache& cache_;
  const int discount_attempts_per_hour_;
  RateLimit discount_attempts_;
};

}  // namespace shop::cart
