#include "addresses/addresses.hpp"

#include "http/json_or_null.hpp"

namespace shop::addresses {

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
  return {{"label", http::OrNull(fields.label)},
          {"recipient_name", fields.recipient_name},
          {"phone", http::OrNull(fields.phone)},
          {"address", fields.address},
          {"city", fields.city},
          {"state", http::OrNull(fields.state)},
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
