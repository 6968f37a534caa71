// Handlers of /api/admin/discount-codes, the back office's discount codes (see docs/api.md).
// Bound to their routes in app/routes.cpp; the OpenAPI document describes each.
#pragma once

#include "discounts/discounts_service.hpp"
#include "http/router.hpp"

namespace shop::discounts {

http::HandlerOf<DiscountService> ListDiscountCodes, CreateDiscountCode, ShowDiscountCode, UpdateDiscountCode,
    DeleteDiscountCode;

}  // namespace shop::discounts
