#include "discounts/discounts_store.hpp"

#include <vector>

namespace shop::discounts::store {
namespace {

// What an order not cancelled gave off with the code: its use in the back office.
constexpr std::string_view kDiscountTotal =
    "(SELECT coalesce(sum(o.discount_amount), 0) FROM orders o"
    " WHERE o.discount_code_id = d.id AND o.status <> 'cancelled') AS discount_total";
// Whether user $1 has an order not cancelled with the code.
constexpr std::string_view kUsedByCustomer =
    "EXISTS (SELECT 1 FROM orders o WHERE o.discount_code_id = d.id AND o.user_id = $1"
    " AND o.status <> 'cancelled') AS used_by_customer";

const db::JoinedStatement kList{"discounts_list",
                                {"SELECT ", kDiscountCodeColumns, ", ", kDiscountTotal,
                                 " FROM discount_codes d WHERE ($1::text IS NULL OR code ILIKE $1)",
                                 " ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3"}};
constexpr db::Statement kCount{
    "discounts_count", "SELECT count(*) AS total FROM discount_codes WHERE ($1::text IS NULL OR code ILIKE $1)"};
const db::JoinedStatement kFind{
    "discounts_find", {"SELECT ", kDiscountCodeColumns, ", ", kDiscountTotal, " FROM discount_codes d WHERE id = $1"}};
const db::JoinedStatement kLock{"discounts_lock",
                                {"SELECT ", kDiscountCodeColumns, " FROM discount_codes WHERE id = $1 FOR UPDATE"}};
const db::JoinedStatement kInsert{
    "discounts_insert",
    {"INSERT INTO discount_codes (code, kind, value, min_subtotal, starts_at, ends_at, usage_limit, once_per_customer,"
     " is_active) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ",
     kDiscountCodeColumns}};
const db::JoinedStatement kUpdate{
    "discounts_update",
    {"UPDATE discount_codes d SET code = $2, kind = $3, value = $4, min_subtotal = $5, starts_at = $6, ends_at = $7,"
     " usage_limit = $8, once_per_customer = $9, is_active = $10, updated_at = now() WHERE id = $1 RETURNING ",
     kDiscountCodeColumns, ", ", kDiscountTotal}};
constexpr db::Statement kDelete{"discounts_delete", "DELETE FROM discount_codes WHERE id = $1"};

const db::JoinedStatement kFindFor{
    "discounts_find_for",
    {"SELECT ", kDiscountCodeColumns, ", ", kUsedByCustomer, " FROM discount_codes d WHERE code = upper($2)"}};
const db::JoinedStatement kCartCode{
    "discounts_cart_code",
    {"SELECT ", kDiscountCodeColumns, ", ", kUsedByCustomer,
     " FROM cart_discounts c JOIN discount_codes d ON d.id = c.discount_code_id WHERE c.user_id = $1"}};
constexpr db::Statement kSetCartCode{
    "discounts_set_cart_code",
    "INSERT INTO cart_discounts (user_id, discount_code_id) VALUES ($1, $2) "
    "ON CONFLICT (user_id) DO UPDATE SET discount_code_id = EXCLUDED.discount_code_id, applied_at = now()"};
constexpr db::Statement kRemoveCartCode{"discounts_remove_cart_code", "DELETE FROM cart_discounts WHERE user_id = $1"};
const db::JoinedStatement kTakeCartCode{
    "discounts_take_cart_code",
    {"WITH taken AS (DELETE FROM cart_discounts WHERE user_id = $1 RETURNING discount_code_id) ", "SELECT ",
     kDiscountCodeColumns, ", ", kUsedByCustomer,
     " FROM taken JOIN discount_codes d ON d.id = taken.discount_code_id"}};

// The UPDATE rechecks its WHERE on the latest version of the row once it holds the row's lock, so
// of concurrent checkouts only as many as the limit allows find the row; the others find none. The
// customer's own earlier orders are already visible: their checkouts hold the customer's row
// until they commit, and this statement starts after that lock was granted.
const db::JoinedStatement kUse{
    "discounts_use",
    {"UPDATE discount_codes d SET times_used = times_used + 1 WHERE id = $2 AND is_active"
     " AND (starts_at IS NULL OR starts_at <= now()) AND (ends_at IS NULL OR ends_at > now())"
     " AND (usage_limit IS NULL OR times_used < usage_limit) AND (min_subtotal IS NULL OR min_subtotal <= $3)"
     " AND (NOT once_per_customer OR NOT EXISTS (SELECT 1 FROM orders o WHERE o.discount_code_id = d.id"
     " AND o.user_id = $1 AND o.status <> 'cancelled')) RETURNING ",
     kDiscountCodeColumns}};
constexpr db::Statement kRelease{
    "discounts_release", "UPDATE discount_codes SET times_used = times_used - 1 WHERE id = $1 AND times_used > 0"};

std::optional<std::string> TimeParam(const std::optional<datetime::Time>& time) {
  if (!time) return std::nullopt;
  return datetime::FormatIsoUtc(*time);
}

// The rules as parameters, in the column order of kInsert (kUpdate's $2 on).
std::vector<db::Param> RuleParams(const DiscountRules& rules) {
  return {rules.code,         ToString(rules.kind),       rules.value,
          rules.min_subtotal, TimeParam(rules.starts_at), TimeParam(rules.ends_at),
          rules.usage_limit,  rules.once_per_customer,    rules.is_active};
}

DiscountCode WithTotal(const db::Row& row) {
  DiscountCode code = DiscountCodeFromRow(row);
  code.discount_total = row.GetMoney("discount_total");
  return code;
}

std::optional<DiscountCode> OneCode(const db::Result& rows, DiscountCode (*read)(const db::Row&)) {
  return rows.First(read);
}

}  // namespace

Page<DiscountCode> ListCodes(db::Connection& connection, const std::optional<std::string>& pattern, std::int64_t limit,
                             std::int64_t offset) {
  Page<DiscountCode> page;
  page.total = connection.Exec(kCount, {pattern}).front().Int("total");
  if (offset < page.total) {
    for (const auto& row : connection.Exec(kList, {pattern, limit, offset})) page.items.push_back(WithTotal(row));
  }
  return page;
}

std::optional<DiscountCode> FindCode(db::Connection& connection, std::int64_t id) {
  return OneCode(connection.Exec(kFind, {id}), WithTotal);
}

std::optional<DiscountCode> LockCode(db::Connection& connection, std::int64_t id) {
  return OneCode(connection.Exec(kLock, {id}), DiscountCodeFromRow);
}

DiscountCode InsertCode(db::Connection& connection, const DiscountRules& rules) {
  return DiscountCodeFromRow(connection.Exec(kInsert, RuleParams(rules)).front());
}

std::optional<DiscountCode> UpdateCode(db::Connection& connection, std::int64_t id, const DiscountRules& rules) {
  std::vector<db::Param> params = {id};
  for (auto& param : RuleParams(rules)) params.push_back(std::move(param));
  return OneCode(connection.Exec(kUpdate, params), WithTotal);
}

bool DeleteCode(db::Connection& connection, std::int64_t id) { return connection.Exec(kDelete, {id}).affected() > 0; }

std::optional<CustomerCode> FindCodeFor(db::Connection& connection, std::int64_t user_id, const std::string& code) {
  return CustomerCodeFrom(connection.Exec(kFindFor, {user_id, code}));
}

db::Queued CartCodeStatement(std::int64_t user_id) { return {kCartCode, {user_id}}; }

std::optional<CustomerCode> CustomerCodeFrom(const db::Result& result) {
  return result.First([](const db::Row& row) {
    return CustomerCode{DiscountCodeFromRow(row), row.Bool("used_by_customer")};
  });
}

void SetCartCode(db::Connection& connection, std::int64_t user_id, std::int64_t code_id) {
  connection.Exec(kSetCartCode, {user_id, code_id});
}

void RemoveCartCode(db::Connection& connection, std::int64_t user_id) { connection.Exec(kRemoveCartCode, {user_id}); }

db::Queued TakeCartCodeStatement(std::int64_t user_id) { return {kTakeCartCode, {user_id}}; }

std::optional<DiscountCode> UseCode(db::Connection& connection, std::int64_t code_id, std::int64_t user_id,
                                    Money subtotal) {
  return OneCode(connection.Exec(kUse, {user_id, code_id, subtotal}), DiscountCodeFromRow);
}

void ReleaseCode(db::Connection& connection, std::int64_t code_id) { connection.Exec(kRelease, {code_id}); }

}  // namespace shop::discounts::store
