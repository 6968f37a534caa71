#include "common/worker_thread.hpp"

namespace shop {

void WorkerThread::Start(Pass pass) {
  if (thread_.joinable()) return;
  stopping_ = false;
  thread_ = std::thread([this, pass = std::move(pass)] { Run(pass); });
}

void WorkerThread::Stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void WorkerThread::Wake() {
  {
    std::lock_guard lock(mutex_);
    woken_ = true;
  }
  wake_.notify_one();
}

void WorkerThread::Run(const Pass& pass) {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    woken_ = false;
    lock.unlock();
    const auto next = pass();
    lock.lock();
    wake_.wait_until(lock, next, [this] { return stopping_ || woken_; });
  }
}

}  // namespace shop
