// Housekeeping: a background thread that deletes what has outlived its use (expired tokens,
// idempotency keys past their 24 hours, delivered mail after 30 days), at start-up and then hourly,
// and, more often, releases the stock held by unpaid pending orders past their time.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>

#include "common/worker_thread.hpp"
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

  void Start();
  // Returns once the thread has ended; a sweep in progress finishes first.
  void Stop();

 private:
  using Clock = WorkerThread::Clock;
  // Sweeps and releases what is due; returns when the next of them is due.
  Clock::time_point Pass();
  // One sweep; logs what it deleted. An outage is logged and the next sweep tries again.
  void Sweep();
  // One release of expired holds; logs how many. An outage is logged and the next one tries again.
  void ReleaseHolds();

  db::Pool& pool_;
  const std::optional<HoldRelease> holds_;
  const std::chrono::seconds interval_;
  Clock::time_point next_sweep_;    // only the worker thread touches it
  Clock::time_point next_release_;  // only the worker thread touches it
  WorkerThread worker_;             // last: it stops before the members its passes use go
};

}  // namespace shop::app
