// SQL of discount codes: the back office's codes with their usage, the code on a customer's cart,
// and the use counted at checkout and given back at cancellation. Every function throws
// db::Unavailable on an outage and db::QueryError on a failed statement.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "common/page.hpp"
#include "db/connection.hpp"
#include "discounts/discounts.hpp"

namespace shop::discounts::store {

// --- the back office ----------------------------------------------------------------------------

// A page of codes, newest first, with their usage; `pattern` an ILIKE pattern of the code.
Page<DiscountCode> ListCodes(db::Connection& connection, const std::optional<std::string>& pattern, std::int64_t limit,
                             std::int64_t offset);
std::optional<DiscountCode> FindCode(db::Connection& connection, std::int64_t id);
// The code locked until the transaction ends, without its usage totals.
std::optional<DiscountCode> LockCode(db::Connection& connection, std::int64_t id);
// Throws a QueryError that IsUniqueViolation when the code is taken.
DiscountCode InsertCode(db::Connection& connection, const DiscountRules& rules);
// Throws as InsertCode; nullopt when there is no such code.
std::optional<DiscountCode> UpdateCode(db::Connection& connection, std::int64_t id, const DiscountRules& rules);
bool DeleteCode(db::Connection& connection, std::int64_t id);

// --- the cart -----------------------------------------------------------------------------------

// The code named `code` (any case).
std::optional<CustomerCode> FindCodeFor(db::Connection& connection, std::int64_t user_id, const std::string& code);
// The statement that reads the code on the user's cart, for a batch; CustomerCodeFrom reads it.
db::Queued CartCodeStatement(std::int64_t user_id);
std::optional<CustomerCode> CustomerCodeFrom(const db::Result& result);
// Puts the code on the user's cart, in place of any other; throws a QueryError that
// IsForeignKeyViolation when the code was deleted meanwhile.
void SetCartCode(db::Connection& connection, std::int64_t user_id, std::int64_t code_id);
void RemoveCartCode(db::Connection& connection, std::int64_t user_id);

// --- checkout and cancellation ------------------------------------------------------------------

// The statement that takes the code off the user's cart for checkout and reads it (as
// CartCodeStatement does), for the batch that opens checkout: run after the customer's row is
// locked, so that it sees the orders of the customer's checkout before.
db::Queued TakeCartCodeStatement(std::int64_t user_id);

// Counts one use of the code for an order of `subtotal` by the user, when it may still be used:
// active, started, not ended, under its limit, at or above its minimum, and not yet used by the
// user when it is one per customer; the code's row stays locked until the transaction ends, so
// concurrent checkouts count one after another and never past the limit. Returns the code as
// updated, or nullopt when it may not be used.
std::optional<DiscountCode> UseCode(db::Connection& connection, std::int64_t code_id, std::int64_t user_id,
                                    Money subtotal);
// Gives back a use of the code (an order with it was cancelled).
void ReleaseCode(db::Connection& connection, std::int64_t code_id);

}  // namespace shop::discounts::store
