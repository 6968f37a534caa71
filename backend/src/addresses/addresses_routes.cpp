#include "addresses/addresses_routes.hpp"

#include "http/validation.hpp"

namespace shop::addresses {
namespace {

using nlohmann::json;

json AddressJson(const Address& address) { return ToJson(address); }

// An address as checkout's matching fields are checked (orders_routes ParseCheckout).
AddressFields ReadAddressFields(http::Fields& fields) {
  return AddressFields{fields.OptString("label", {.max_length = 50}),
                       fields.String("recipient_name", {.max_length = 200}),
                       fields.OptPhone("phone"),
                       fields.String("address", {.max_length = 500}),
                       fields.String("city", {.max_length = 100}),
                       fields.OptString("state", {.max_length = 100}),
                       fields.String("postal_code", {.max_length = 20}),
                       fields.String("country", {.min_length = 2, .max_length = 100})};
}

// A changed address: its fields, and is_default, which can make it the default but not undo that.
AddressInput ReadChange(http::Fields& fields) {
  AddressInput input{ReadAddressFields(fields), false};
  if (const auto make_default = fields.OptBool("is_default")) {
    if (!*make_default) fields.Add({"body", "is_default"}, "Make another address the default instead", "value_error");
    input.make_default = true;
  }
  return input;
}

}  // namespace

Result<http::Response> ListAddresses(AddressService& service, const http::Request& request) {
  SHOP_TRY(page, http::ReadPage(request));
  return http::PageResponse(service.List(request.Caller().user_id, page->size, page->offset()), *page, AddressJson);
}

Result<http::Response> AddAddress(AddressService& service, const http::Request& request) {
  SHOP_TRY(input, http::ReadJsonBody(request, [](http::Fields& fields) {
             return AddressInput{ReadAddressFields(fields), fields.OptBool("is_default").value_or(false)};
           }));
  return http::Respond(service.Add(request.Caller().user_id, *input), 201, AddressJson);
}

// The fields sent replace those of the address; the rest stay (the body is merged into the
// address, then checked as a whole, so the errors name the fields as they were sent).
Result<http::Response> UpdateAddress(AddressService& service, const http::Request& request) {
  SHOP_TRY(id, http::PathId(request, "id"));
  SHOP_TRY(body, http::ParseJsonBody(request));
  const std::int64_t user_id = request.Caller().user_id;
  SHOP_TRY(address, service.Get(user_id, *id));
  json merged = ToInputJson(*address);
  merged.update(*body);
  SHOP_TRY(input, http::ReadJson(merged, ReadChange));
  return http::Respond(service.Update(user_id, *id, *input), 200, AddressJson);
}

Result<http::Response> DeleteAddress(AddressService& service, const http::Request& request) {
  SHOP_TRY(id, http::PathId(request, "id"));
  SHOP_TRY(removed, service.Remove(request.Caller().user_id, *id));
  return http::Response::NoContent();
}

}  // namespace shop::addresses
