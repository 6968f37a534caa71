#include "admin/stats_cache.hpp"

namespace shop::admin {

void StatsCache::Invalidate() { invalidations_.fetch_add(1, std::memory_order_acq_rel); }

std::uint64_t StatsCache::Version() const {
  return invalidations_.load(std::memory_order_acquire) + catalog_version_();
}

StatsCache::Text StatsCache::Get(std::int64_t days, const std::function<std::string()>& compute) {
  // Taken before the computation reads the database, so a change committed meanwhile leaves its
  // result stale rather than hiding behind it.
  const std::uint64_t version = Version();
  const auto now = Clock::now();
  std::promise<Text> promise;
  std::uint64_t computation = 0;
  {
    std::unique_lock lock(mutex_);
    Entry& entry = entries_[days];
    if (entry.text && entry.version == version) {
      if (now - entry.read_at < max_age_ || entry.pending.valid()) return entry.text;
    } else if (entry.pending.valid() && entry.pending_version == version) {
      const auto pending = entry.pending;
      lock.unlock();
      return pending.get();
    }
    computation = ++computations_;
    entry.pending = promise.get_future().share();
    entry.pending_version = version;
    entry.pending_computation = computation;
  }
  try {
    auto text = std::make_shared<const std::string>(compute());
    promise.set_value(text);
    std::lock_guard lock(mutex_);
    Entry& entry = entries_[days];
    if (entry.pending_computation == computation) entry.pending = {};
    if (!entry.text || version >= entry.version) {
      entry.text = text;
      entry.version = version;
      entry.read_at = now;
    }
    return text;
  } catch (...) {
    promise.set_exception(std::current_exception());
    std::lock_guard lock(mutex_);
    Entry& entry = entries_[days];
    if (entry.pending_computation == computation) entry.pending = {};
    throw;
  }
}

}  // namespace shop::admin
