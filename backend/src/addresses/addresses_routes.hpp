// Handlers of /api/addresses, the signed-in customer's address book (see docs/api.md).
// Bound to their routes in app/routes.cpp; the OpenAPI document describes each.
#pragma once

#include "addresses/addresses_service.hpp"
#include "http/router.hpp"

namespace shop::addresses {

http::HandlerOf<AddressService> ListAddresses, AddAddress, UpdateAddress, DeleteAddress;

}  // namespace shop::addresses
