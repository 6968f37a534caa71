#include "discounts/discounts_service.hpp"

#include "common/text.hpp"
#include "discounts/discounts_store.hpp"

namespace shop::discounts {
namespace {

Error NoSuchCode() { return NotFound("Discount code not found"); }

Error CodeTaken(const DiscountRules& rules) { return Conflict("A discount code " + rules.code + " already exists"); }

}  // namespace

Page<DiscountCode> DiscountService::List(const std::optional<std::string>& search, std::int64_t limit,
                                         std::int64_t offset) {
  std::optional<std::string> pattern;
  if (search) pattern = text::ContainsPattern(*search);
  return store::ListCodes(*db_.Acquire(), pattern, limit, offset);
}

Result<DiscountCode> DiscountService::Get(std::int64_t id) {
  auto code = store::FindCode(*db_.Acquire(), id);
  if (!code) return NoSuchCode();
  return std::move(*code);
}

Result<DiscountCode> DiscountService::Create(const DiscountRules& rules) {
  try {
    return store::InsertCode(*db_.Acquire(), rules);
  } catch (const db::QueryError& error) {
    if (!error.IsUniqueViolation()) throw;
    return CodeTaken(rules);
  }
}

Result<DiscountCode> DiscountService::Update(std::int64_t id, const DiscountRules& rules) {
  auto connection = db_.Acquire();
  db::Transaction transaction(*connection);
  // Locked, so that no checkout counts a use between the check of the limit and the change.
  const auto held = store::LockCode(*connection, id);
  if (!held) return NoSuchCode();
  if (rules.usage_limit && *rules.usage_limit < held->times_used) {
    return InvalidField(
        {"body", "usage_limit"},
        "It has been used " + std::to_string(held->times_used) + " times already; the limit cannot be lower",
        "value_error");
  }
  std::optional<DiscountCode> updated;
  try {
    updated = store::UpdateCode(*connection, id, rules);
  } catch (const db::QueryError& error) {
    if (!error.IsUniqueViolation()) throw;
    return CodeTaken(rules);
  }
  transaction.Commit();
  return std::move(*updated);
}

Status DiscountService::Remove(std::int64_t id) {
  if (!store::DeleteCode(*db_.Acquire(), id)) return NoSuchCode();
  return Ok{};
}

}  // namespace shop::discounts
