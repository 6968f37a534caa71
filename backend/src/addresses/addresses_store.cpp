#include "addresses/addresses_store.hpp"

namespace shop::addresses::store {
namespace {

const db::JoinedStatement kList{"addresses_list",
                                {"SELECT ", kAddressColumns,
                                 " FROM addresses WHERE user_id = $1"
                                 " ORDER BY is_default DESC, updated_at DESC, id DESC LIMIT $2 OFFSET $3"}};
constexpr db::Statement kCount{"addresses_count", "SELECT count(*) AS total FROM addresses WHERE user_id = $1"};
const db::JoinedStatement kFind{"addresses_find",
                                {"SELECT ", kAddressColumns, " FROM addresses WHERE id = $2 AND user_id = $1"}};
constexpr db::Statement kLockBook{"addresses_lock_book", "SELECT id FROM users WHERE id = $1 FOR NO KEY UPDATE"};
constexpr db::Statement kClearDefault{"addresses_clear_default",
                                      "UPDATE addresses SET is_default = false WHERE user_id = $1 AND is_default"};
const db::JoinedStatement kInsert{
    "addresses_insert",
    {"INSERT INTO addresses (user_id, label, recipient_name, phone, address, city, state, postal_code, country,"
     " is_default) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ",
     kAddressColumns}};
const db::JoinedStatement kUpdate{
    "addresses_update",
    {"UPDATE addresses SET label = $3, recipient_name = $4, phone = $5, address = $6, city = $7, state = $8,"
     " postal_code = $9, country = $10, is_default = is_default OR $11, updated_at = now()"
     " WHERE id = $2 AND user_id = $1 RETURNING ",
     kAddressColumns}};
constexpr db::Statement kDelete{"addresses_delete",
                                "DELETE FROM addresses WHERE id = $2 AND user_id = $1 RETURNING is_default"};
constexpr db::Statement kDefaultToLatest{
    "addresses_default_to_latest",
    "UPDATE addresses SET is_default = true WHERE id = (SELECT id FROM addresses WHERE user_id = $1"
    " ORDER BY updated_at DESC, id DESC LIMIT 1)"};

}  // namespace

Page<Address> ListAddresses(db::Connection& connection, std::int64_t user_id, std::int64_t limit, std::int64_t offset) {
  Page<Address> page;
  page.total = CountAddresses(connection, user_id);
  if (offset < page.total) {
    for (const auto& row : connection.Exec(kList, {user_id, limit, offset})) page.items.push_back(AddressFromRow(row));
  }
  return page;
}

std::optional<Address> FindAddress(db::Connection& connection, std::int64_t user_id, std::int64_t id) {
  return connection.Exec(kFind, {user_id, id}).First(AddressFromRow);
}

void LockAddressBook(db::Connection& connection, std::int64_t user_id) { connection.Exec(kLockBook, {user_id}); }

std::int64_t CountAddresses(db::Connection& connection, std::int64_t user_id) {
  return connection.Exec(kCount, {user_id}).front().Int("total");
}
void ClearDefault(db::Connection& connection, std::int64_t user_id) { connection.Exec(kClearDefault, {user_id}); }

Address InsertAddress(db::Connection& connection, std::int64_t user_id, const AddressFields& fields, bool is_default) {
  const auto rows =
      connection.Exec(kInsert, {user_id, fields.label, fields.recipient_name, fields.phone, fields.address, fields.city,
                                fields.state, fields.postal_code, fields.country, is_default});
  return AddressFromRow(rows.front());
}

std::optional<Address> UpdateAddress(db::Connection& connection, std::int64_t user_id, std::int64_t id,
                                     const AddressFields& fields, bool make_default) {
  const auto rows =
      connection.Exec(kUpdate, {user_id, id, fields.label, fields.recipient_name, fields.phone, fields.address,
                                fields.city, fields.state, fields.postal_code, fields.country, make_default});
  return rows.First(AddressFromRow);
}

std::optional<bool> DeleteAddress(db::Connection& connection, std::int64_t user_id, std::int64_t id) {
  const auto rows = connection.Exec(kDelete, {user_id, id});
  if (rows.empty()) return std::nullopt;
  return rows.front().Bool("is_default");
}

void DefaultToLatest(db::Connection& connection, std::int64_t user_id) { connection.Exec(kDefaultToLatest, {user_id}); }

}  // namespace shop::addresses::store
