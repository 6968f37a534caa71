// The dashboard's statistics kept in memory per window, so that admins refreshing the dashboard
// share one query: an entry holds while none of the data it was computed from changed and it is
// younger than a maximum age, and concurrent misses for one window wait for one computation.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/epoch.hpp"

namespace shop::admin {

class StatsCache {
 public:
  using Clock = std::chrono::steady_clock;
  using Text = std::shared_ptr<const std::string>;

  // `sources`: the epochs of every kind of data the statistics are read from (each must outlive
  // the cache); when any of them moves on, every entry computed before is stale.
  StatsCache(std::vector<const Epoch*> sources, Clock::duration max_age)
      : sources_(std::move(sources)), max_age_(max_age) {}

  // The text kept for `days` while it is fresh; otherwise the result of `compute`, which runs once
  // for every caller that misses `days` at the same time (later callers wait for it). What
  // `compute` throws reaches each of those callers, and is not kept.
  Text Get(std::int64_t days, const std::function<std::string()>& compute);

 private:
  struct Entry {
    std::shared_future<Text> text;
    std::uint64_t version = 0;  // Version() before the computation began
    Clock::time_point started;
    std::uint64_t computation = 0;  // tells this entry's computation from a later one
  };

  // Moves on whenever any source does: the sum of monotonic counters.
  std::uint64_t Version() const;

  const std::vector<const Epoch*> sources_;
  const Clock::duration max_age_;
  std::mutex mutex_;
  std::unordered_map<std::int64_t, Entry> entries_;
  std::uint64_t computations_ = 0;
};

}  // namespace shop::admin
