#include "app/housekeeping.hpp"

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

void Housekeeping::Run() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    lock.unlock();
    Sweep();
    lock.lock();
    wake_.wait_for(lock, interval_, [this] { return stopping_; });
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
