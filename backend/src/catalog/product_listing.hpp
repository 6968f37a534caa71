// The product listing's SQL, assembled from fixed fragments (every value a parameter): filters,
// full-text search that forgives typos, sort orders, and a page with the number of all matches.
#pragma once

#include <cstdint>
#include <optional>

#include "catalog/catalog.hpp"
#include "db/connection.hpp"

namespace shop::catalog::store {

// One page of products matching `query`, with the number of all matches (`total` when the caller
// knows it for a listing without search: then nothing is counted); a search finds its best 100
// matches at most (the matches of every word first), and counts only those. Throws db::Unavailable
// on an outage.
Page<Product> ListProducts(db::Connection& conn, const ProductQuery& query, std::optional<std::int64_t> total);

}  // namespace shop::catalog::store
