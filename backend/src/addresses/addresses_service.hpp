// The address book's rules: at most kMaxAddresses per customer, exactly one default while the book
// holds any address (the first one added, or the one chosen), and a deleted default handing over
// to the most recently changed address. Every method throws db::Unavailable when the database
// cannot be reached.
#pragma once

#include <cstdint>

#include "addresses/addresses.hpp"
#include "common/errors.hpp"
#include "common/page.hpp"
#include "db/pool.hpp"

namespace shop::addresses {

class AddressService {
 public:
  explicit AddressService(db::Pool& db) : db_(db) {}

  Page<Address> List(std::int64_t user_id, std::int64_t limit, std::int64_t offset);
  // 404 for an address the customer does not have.
  Result<Address> Get(std::int64_t user_id, std::int64_t id);
  // 409 when the customer already has kMaxAddresses addresses.
  Result<Address> Add(std::int64_t user_id, const AddressInput& input);
  // Replaces the address's fields; make_default makes it the default. 404 as Get.
  Result<Address> Update(std::int64_t user_id, std::int64_t id, const AddressInput& input);
  // 404 as Get.
  Status Remove(std::int64_t user_id, std::int64_t id);

 private:
  db::Pool& db_;
};

}  // namespace shop::addresses
