// The address book's SQL. Every statement is scoped to the customer: another customer's address
// is never found, changed or deleted.
#pragma once

#include <cstdint>
#include <optional>

#include "addresses/addresses.hpp"
#include "common/page.hpp"
#include "db/connection.hpp"

namespace shop::addresses::store {

// The customer's addresses, the default first, then the most recently changed.
Page<Address> ListAddresses(db::Connection& connection, std::int64_t user_id, std::int64_t limit, std::int64_t offset);
std::optional<Address> FindAddress(db::Connection& connection, std::int64_t user_id, std::int64_t id);

// Locks the customer's address book for the rest of the transaction (their users row), so the
// limit and the one default hold under a race.
void LockAddressBook(db::Connection& connection, std::int64_t user_id);
// How many addresses the customer has. After LockAddressBook, a statement of its own sees what the
// transaction that held the lock committed (a count in the locking statement would not).
std::int64_t CountAddresses(db::Connection& connection, std::int64_t user_id);
// Makes no address of the customer the default (before another becomes it).
void ClearDefault(db::Connection& connection, std::int64_t user_id);
Address InsertAddress(db::Connection& connection, std::int64_t user_id, const AddressFields& fields, bool is_default);
// nullopt when the customer has no such address.
std::optional<Address> UpdateAddress(db::Connection& connection, std::int64_t user_id, std::int64_t id,
                                     const AddressFields& fields, bool make_default);
// Whether the deleted address was the default; nullopt when the customer has no such address.
std::optional<bool> DeleteAddress(db::Connection& connection, std::int64_t user_id, std::int64_t id);
// Makes the most recently changed address of the customer the default, if they have one.
void DefaultToLatest(db::Connection& connection, std::int64_t user_id);

}  // namespace shop::addresses::store
