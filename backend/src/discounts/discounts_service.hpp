// The back office's discount codes: one code per text whatever its case, and a usage limit never
// set below the uses already made. Every method throws db::Unavailable when the database cannot
// be reached.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "common/errors.hpp"
#include "common/page.hpp"
#include "db/pool.hpp"
#include "discounts/discounts.hpp"

namespace shop::discounts {

class DiscountService {
 public:
  explicit DiscountService(db::Pool& db) : db_(db) {}

  // Newest first; `search` is a part of the code.
  Page<DiscountCode> List(const std::optional<std::string>& search, std::int64_t limit, std::int64_t offset);
  // 404 for an unknown id.
  Result<DiscountCode> Get(std::int64_t id);
  // 409 when the code exists.
  Result<DiscountCode> Create(const DiscountRules& rules);
  // 404 as Get, 409 when the code belongs to another, 422 for a usage limit below the uses made.
  Result<DiscountCode> Update(std::int64_t id, const DiscountRules& rules);
  // 404 as Get. Orders placed with the code keep its text and amount.
  Status Remove(std::int64_t id);

 private:
  db::Pool& db_;
};

}  // namespace shop::discounts
