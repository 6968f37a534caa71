// Housekeeping: a background thread that deletes what has outlived its use (expired tokens,
// idempotency keys past their 24 hours, delivered mail after 30 days), at start-up and then hourly,
// and, more often, releases the stock held by unpaid pending orders past their time.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

#include "db/pool.hpp"

namespace shop::app {

// Releasing expired holds: `release` cancels the pending orders past their time and returns how
// many (OrderService::ReleaseExpiredHolds), run every `interval`.
struct HoldRelease {
  std::function<std::int64_t()> release;
  std::chrono::seconds interval{60};
};

// How often to look for holds of `ttl` that have expired: a quarter of it, from 1 s to a minute.
std::chrono::seconds HoldReleaseInterval(std::chrono::seconds ttl);

class Housekeeping {
 public:
  explicit Housekeeping(db::Pool& pool, std::optional<HoldRelease> holds = std::nullopt,
                        std::chrono::seconds interval = std::chrono::hours(1))
      : pool_(pool), holds_(std::move(holds)), interval_(interval) {}
  ~Housekeeping() { Stop(); }
  Housekeeping(const Housekeeping&) = delete;
  Housekeeping& operator=(const Housekeeping&) = delete;

  void Start();
  // Returns once the thread has ended; a sweep in progress finishes first.
  void Stop();

 private:
  void Run();
  // One sweep; logs what it deleted. An outage is logged and the next sweep tries again.
  void Sweep();
  // One release of expired holds; logs how many. An outage is logged and the next one tries again.
  void ReleaseHolds();

  db::Pool& pool_;
  const std::optional<HoldRelease> holds_;
  const std::chrono::seconds interval_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace shop::app
