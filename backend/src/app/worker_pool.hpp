// The threads that run handlers (database work, bcrypt) off the I/O threads, with a bounded
// queue so that a saturated server refuses work instead of queueing it without limit.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace shop::app {

class WorkerPool {
 public:
  WorkerPool(int threads, std::size_t max_queued);
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // Queues a task; false when the queue is full or the pool is stopping.
  bool TrySubmit(std::function<void()> task);
  // Runs what is queued, then joins the threads.
  void Stop();

 private:
  void Run();

  const std::size_t max_queued_;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> queue_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace shop::app
