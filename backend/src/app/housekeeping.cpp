#include "app/housekeeping.hpp"

#include <algorithm>

#include "auth/auth_store.hpp"
#include "common/log.hpp"
#include "mail/outbox.hpp"
#include "orders/orders_store.hpp"

namespace shop::app {

void Housekeeping::Start() {
  next_sweep_ = next_release_ = Clock::now();
  worker_.Start([this] { return Pass(); });
}

void Housekeeping::Stop() { worker_.Stop(); }

std::chrono::seconds HoldReleaseInterval(std::chrono::seconds ttl) {
  return std::clamp(ttl / 4, std::chrono::seconds(1), std::chrono::seconds(60));
}

Housekeeping::Clock::time_point Housekeeping::Pass() {
  if (Clock::now() >= next_sweep_) {
    Sweep();
    next_sweep_ = Clock::now() + interval_;
  }
  if (!holds_) return next_sweep_;
  if (Clock::now() >= next_release_) {
    ReleaseHolds();
    next_release_ = Clock::now() + holds_->interval;
  }
  return std::min(next_sweep_, next_release_);
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
