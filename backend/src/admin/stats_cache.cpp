#include "admin/stats_cache.hpp"

namespace shop::admin {

std::uint64_t StatsCache::Version() const {
  std::uint64_t version = 0;
  for (const Epoch* source : sources_) version += source->Current();
  return version;
}

StatsCache::Text StatsCache::Get(std::int64_t days, const std::function<std::string()>& compute) {
  // Read before the computation reads the database, so a change committed meanwhile leaves the
  // entry stale rather than hiding behind it.
  const std::uint64_t version = Version();
  const auto now = Clock::now();
  std::promise<Text> promise;
  std::uint64_t computation = 0;
  {
    std::unique_lock lock(mutex_);
    const auto found = entries_.find(days);
    if (found != entries_.end() && found->second.version == version && now - found->second.started < max_age_) {
      const auto text = found->second.text;
      lock.unlock();
      return text.get();
    }
    computation = ++computations_;
    entries_[days] = Entry{promise.get_future().share(), version, now, computation};
  }
  try {
    auto text = std::make_shared<const std::string>(compute());
    promise.set_value(text);
    return text;
  } catch (...) {
    promise.set_exception(std::current_exception());
    std::lock_guard lock(mutex_);
    const auto found = entries_.find(days);
    if (found != entries_.end() && found->second.computation == computation) entries_.erase(found);
    throw;
  }
}

}  // namespace shop::admin
