// The address book: a signed-in customer's saved delivery addresses, one of them the default.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "db/connection.hpp"

namespace shop::addresses {

// At most this many addresses per customer.
inline constexpr std::int64_t kMaxAddresses = 20;

// What the customer writes of an address.
struct AddressFields {
  std::optional<std::string> label;
  std::string recipient_name;
  std::optional<std::string> phone;
  std::string address;
  std::string city;
  std::optional<std::string> state;
  std::string postal_code;
  std::string country;
};

struct Address : AddressFields {
  std::int64_t id = 0;
  bool is_default = false;
  std::string created_at;
  std::string updated_at;
};

// An address as sent to add or change one: its fields, and whether it becomes the default.
struct AddressInput {
  AddressFields fields;
  bool make_default = false;
};

// The columns AddressFromRow reads.
inline constexpr std::string_view kAddressColumns =
    "id, label, recipient_name, phone, address, city, state, postal_code, country, is_default, created_at, "
    "updated_at";

Address AddressFromRow(const db::Row& row);
nlohmann::json ToJson(const Address& address);
// The fields as an AddressInput body (what PUT merges the fields it is sent into).
nlohmann::json ToInputJson(const AddressFields& fields);

}  // namespace shop::addresses
