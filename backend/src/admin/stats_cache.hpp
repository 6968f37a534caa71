// The dashboard's statistics kept in memory per window, so that admins refreshing the dashboard
// share one query. A change committed through the API makes every entry stale at once, and the
// next request waits for a new computation (one for all concurrent requests of a window); an
// entry that only grew old is still served while one request computes its successor.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "common/invalidator.hpp"

namespace shop::admin {

class StatsCache : public Invalidator {
 public:
  using Clock = std::chrono::steady_clock;
  using Text = std::shared_ptr<const std::string>;

  // `catalog_version` moves on with every committed catalog write and change of stock (the
  // catalog's response cache tells); `max_age` bounds how late changes made around the API show.
  StatsCache(std::function<std::uint64_t()> catalog_version, Clock::duration max_age)
      : catalog_version_(std::move(catalog_version)), max_age_(max_age) {}

  // After a committed change the catalog does not report (an order placed or moved on, an account
  // created): every entry is stale from now on.
  void Invalidate() override;

  // The text kept for `days` while no change came since it was read; otherwise the result of
  // `compute`, run once for every caller that misses `days` at the same time (later callers wait
  // for it). An entry older than max_age goes on being served while its first caller computes the
  // next one. What `compute` throws reaches each caller waiting for it, and is not kept.
  Text Get(std::int64_t days, const std::function<std::string()>& compute);

 private:
  struct Entry {
    Text text;                              // the newest result; nullptr before the first
    std::uint64_t version = 0;              // Version() before `text` was read
    Clock::time_point read_at;              // when `text` began to be read
    std::shared_future<Text> pending;       // the computation under way, if valid()
    std::uint64_t pending_version = 0;      // Version() before it began
    std::uint64_t pending_computation = 0;  // tells it from a later one
  };

  // Moves on with every change: the catalog's version plus the changes told to Invalidate.
  std::uint64_t Version() const;

  const std::function<std::uint64_t()> catalog_version_;
  const Clock::duration max_age_;
  std::atomic<std::uint64_t> invalidations_{0};
  std::mutex mutex_;
  std::unordered_map<std::int64_t, Entry> entries_;  // one per window: at most 365
  std::uint64_t computations_ = 0;
};

}  // namespace shop::admin
