// One background thread that works in passes: it runs a pass, then sleeps until the time the pass
// named, a Wake, or Stop. The loop of the mail sender, the account mailer and housekeeping.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace shop {

class WorkerThread {
 public:
  using Clock = std::chrono::steady_clock;
  // One pass of the work; returns when the next one is due (now or earlier: at once).
  using Pass = std::function<Clock::time_point()>;

  WorkerThread() = default;
  // Stops the thread. An owner whose passes use its members declares it last, so that it stops
  // before they are destroyed.
  ~WorkerThread() { Stop(); }
  WorkerThread(const WorkerThread&) = delete;
  WorkerThread& operator=(const WorkerThread&) = delete;

  // Starts the thread running `pass`; a no-op while it runs. It may start again after Stop.
  void Start(Pass pass);
  // Returns once the thread has ended; a pass in progress finishes first (it may look at
  // stopping() to cut its work short).
  void Stop();
  // The next pass starts at once (or after the one in progress). Cheap, never blocks on work.
  void Wake();
  // True from Stop until the next Start.
  const std::atomic<bool>& stopping() const { return stopping_; }

 private:
  void Run(const Pass& pass);

  std::mutex mutex_;
  std::condition_variable wake_;
  bool woken_ = false;
  std::atomic<bool> stopping_{false};
  std::thread thread_;
};

}  // namespace shop
