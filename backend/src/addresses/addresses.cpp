#include "addresses/addresses.hpp"

namespace shop::addresses {
namespace {

nlohmann::json OrNull(const std::optional<std::string>& text) { return text ? nlohmann::json(*text) : nullptr; }

}  // namespace

Address AddressFromRow(const db::Row& row) {
  Address address{AddressFields{row.OptString("label"), row.String("recipient_name"), row.OptString("phone"),
                                row.String("address"), row.String("city"), row.OptString("state"),
                                row.String("postal_code"), row.String("country")}};
  address.id = row.Int("id");
  address.is_default = row.Bool("is_default");
  address.created_at = row.Timestamp("created_at");
  address.updated_at = row.Timestamp("updated_at");
  return address;
}

nlohmann::json ToInputJson(const AddressFields& fields) {
  return {{"label", OrNull(fields.label)},
          {"recipient_name", fields.recipient_name},
          {"phone", OrNull(fields.phone)},
          {"address", fields.address},
          {"city", fields.city},
          {"state", OrNull(fields.state)},
          {"postal_code", fields.postal_code},
          {"country", fields.country}};
}

nlohmann::json ToJson(const Address& address) {
  nlohmann::json json = ToInputJson(address);
  json.update({{"id", address.id},
               {"is_default", address.is_default},
               {"created_at", address.created_at},
               {"updated_at", address.updated_at}});
  return json;
}

}  // namespace shop::addresses
