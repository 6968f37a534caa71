// HTTP handlers of product variants: GET /api/products/{id}/variants (a public catalog read, kept
// in the catalog's response cache) and PUT /api/admin/products/{id}/variants.
#pragma once

#include "http/router.hpp"
#include "variants/variants_service.hpp"

namespace shop::variants {

http::HandlerOf<VariantService> GetVariants, ReplaceVariants;

}  // namespace shop::variants
