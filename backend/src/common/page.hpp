// One page of a list the API pages through: its items and how many there are in all.
#pragma once

#include <cstdint>
#include <vector>

namespace shop {

template <class T>
struct Page {
  std::vector<T> items;
  std::int64_t total = 0;
};

}  // namespace shop
