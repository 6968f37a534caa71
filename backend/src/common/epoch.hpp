// A counter that moves on whenever some data changes, so caches of that data can tell they are
// stale without knowing who changed it.
#pragma once

#include <atomic>
#include <cstdint>

namespace shop {

class Epoch {
 public:
  std::uint64_t Current() const { return value_.load(std::memory_order_acquire); }
  // Call after the change is committed.
  void Bump() { value_.fetch_add(1, std::memory_order_acq_rel); }

 private:
  std::atomic<std::uint64_t> value_{0};
};

}  // namespace shop
