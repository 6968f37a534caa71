// Reading the catalog's requests into the service's inputs: category and product bodies, and the
// product list's query, each validated with every bad field reported at once (422).
#pragma once

#include "catalog/catalog.hpp"
#include "common/errors.hpp"
#include "http/request.hpp"

namespace shop::catalog {

// A category body; `create` requires the name, an update takes only the fields present.
Result<CategoryInput> ParseCategory(const http::Request& request, bool create);
// A product body; `create` requires name, price, stock and sku, an update takes only the fields present.
Result<ProductInput> ParseProduct(const http::Request& request, bool create);
// The product list's query: page, filters and sort (inactive products only for an admin who asks).
Result<ProductQuery> ParseProductQuery(const http::Request& request);

}  // namespace shop::catalog
