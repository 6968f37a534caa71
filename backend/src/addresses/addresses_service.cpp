#include "addresses/addresses_service.hpp"

#include <string>

#include "addresses/addresses_store.hpp"

namespace shop::addresses {
namespace {

Error NoSuchAddress() { return NotFound("Address not found"); }

}  // namespace

Page<Address> AddressService::List(std::int64_t user_id, std::int64_t limit, std::int64_t offset) {
  auto connection = db_.Acquire();
  return store::ListAddresses(*connection, user_id, limit, offset);
}

Result<Address> AddressService::Get(std::int64_t user_id, std::int64_t id) {
  auto connection = db_.Acquire();
  auto address = store::FindAddress(*connection, user_id, id);
  if (!address) return NoSuchAddress();
  return std::move(*address);
}

Result<Address> AddressService::Add(std::int64_t user_id, const AddressInput& input) {
  auto connection = db_.Acquire();
  db::Transaction transaction(*connection);
  store::LockAddressBook(*connection, user_id);
  const std::int64_t held = store::CountAddresses(*connection, user_id);
  if (held >= kMaxAddresses) {
    return Conflict("You can keep at most " + std::to_string(kMaxAddresses) + " addresses; delete one to add another");
  }
  const bool is_default = input.make_default || held == 0;
  if (is_default) store::ClearDefault(*connection, user_id);
  Address address = store::InsertAddress(*connection, user_id, input.fields, is_default);
  transaction.Commit();
  return address;
}

Result<Address> AddressService::Update(std::int64_t user_id, std::int64_t id, const AddressInput& input) {
  auto connection = db_.Acquire();
  db::Transaction transaction(*connection);
  store::LockAddressBook(*connection, user_id);
  if (input.make_default) store::ClearDefault(*connection, user_id);
  auto address = store::UpdateAddress(*connection, user_id, id, input.fields, input.make_default);
  if (!address) return NoSuchAddress();  // the rollback restores a cleared default
  transaction.Commit();
  return std::move(*address);
}

Status AddressService::Remove(std::int64_t user_id, std::int64_t id) {
  auto connection = db_.Acquire();
  db::Transaction transaction(*connection);
  store::LockAddressBook(*connection, user_id);
  const auto was_default = store::DeleteAddress(*connection, user_id, id);
  if (!was_default) return NoSuchAddress();
  if (*was_default) store::DefaultToLatest(*connection, user_id);
  transaction.Commit();
  return Ok{};
}

}  // namespace shop::addresses
