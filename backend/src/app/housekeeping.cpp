#include "app/housekeeping.hpp"

#include <algorithm>

#include "auth/auth_store.hpp"
#include "common/log.hpp"
#include "mail/outbox.hpp"
#include "orders/orders_store.hpp"

namespace shop::app {

void Housekeeping::Start() {
  thread_ = std::thread([this] { Run(); });
}

void Housekeeping::Stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

std::chrono::seconds HoldReleaseInterval(std::chrono::seconds ttl) {
  return std::clamp(ttl / 4, std::chrono::seconds(1), std::chrono::seconds(60));
}

void Housekeeping::Run() {
  using Clock = std::chrono::steady_clock;
  auto next_sweep = Clock::now();
  auto next_release = Clock::now();
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    lock.unlock();
    if (Clock::now() >= next_sweep) {
      Sweep();
      next_sweep = Clock::now() + interval_;
    }
    if (holds_ && Clock::now() >= next_release) {
      ReleaseHolds();
      next_release = Clock::now() + holds_->interval;
    }
    lock.lock();
    wake_.wait_until(lock, holds_ ? std::min(next_sweep, next_release) : next_sweep, [this] { return stopping_; });
  }
}

void Housekeeping::ReleaseHolds() {
  try {
    if (const auto released = holds_->release(); released > 0) {
      log::Info("housekeeping: released expired pending orders", {{"orders", std::to_string(released)}});
    }
  } catch (const std::exception& e) {
    log::Warn("housekeeping: releasing expired pending orders skipped", {{"error", e.what()}});
  }
}

void Housekeeping::Sweep() {
  try {
    auto lease = pool_.Acquire();
    const auto tokens = auth::store::PurgeExpiredTokens(*lease);
    const auto keys = orders::PurgeExpiredIdempotencyKeys(*lease);
    const auto mail = mail::PurgeDelivered(*lease);
    log::Info("housekeeping", {{"expired_tokens", std::to_string(tokens)},
                               {"idempotency_keys", std::to_string(keys)},
                               {"delivered_mail", std::to_string(mail)}});
  } catch (const std::exception& e) {
    log::Warn("housekeeping skipped", {{"error", e.what()}});
  }
}

}  // namespace shop::app
