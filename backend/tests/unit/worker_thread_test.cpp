// The background thread of the mail sender, the account mailer and housekeeping.
#include "common/worker_thread.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

namespace shop {
namespace {

using namespace std::chrono_literals;
using Clock = WorkerThread::Clock;

// Waits (at most 10 s) until `passes` reaches `count`.
bool Reaches(const std::atomic<int>& passes, int count) {
  const auto deadline = Clock::now() + 10s;
  while (passes < count && Clock::now() < deadline) std::this_thread::sleep_for(1ms);
  return passes >= count;
}

TEST(WorkerThread, RunsAPassAtStartThenSleepsUntilTheTimeItNamed) {
  std::atomic<int> passes = 0;
  WorkerThread worker;
  worker.Start([&passes] {
    ++passes;
    return Clock::now() + 1h;
  });
  ASSERT_TRUE(Reaches(passes, 1));
  std::this_thread::sleep_for(50ms);
  EXPECT_EQ(passes, 1);
}

TEST(WorkerThread, APassDueAtOnceRunsAgainAtOnce) {
  std::atomic<int> passes = 0;
  WorkerThread worker;
  worker.Start([&passes] {
    ++passes;
    return Clock::now();
  });
  EXPECT_TRUE(Reaches(passes, 100));
}

TEST(WorkerThread, WakeStartsTheNextPassBeforeItIsDue) {
  std::atomic<int> passes = 0;
  WorkerThread worker;
  worker.Start([&passes] {
    ++passes;
    return Clock::now() + 1h;
  });
  ASSERT_TRUE(Reaches(passes, 1));
  worker.Wake();
  EXPECT_TRUE(Reaches(passes, 2));
}

TEST(WorkerThread, StopEndsASleepingThreadAtOnceAndTellsThePassesItStopped) {
  std::atomic<int> passes = 0;
  WorkerThread worker;
  worker.Start([&passes] {
    ++passes;
    return Clock::now() + 1h;
  });
  ASSERT_TRUE(Reaches(passes, 1));
  const auto asked = Clock::now();
  worker.Stop();
  EXPECT_LT(Clock::now() - asked, 5s);  // not the hour the pass asked for
  EXPECT_TRUE(worker.stopping());
}

TEST(WorkerThread, StopLetsThePassInProgressFinish) {
  std::atomic<bool> finished = false;
  std::atomic<int> passes = 0;
  WorkerThread worker;
  worker.Start([&] {
    ++passes;
    while (!worker.stopping()) std::this_thread::sleep_for(1ms);
    finished = true;
    return Clock::now();
  });
  ASSERT_TRUE(Reaches(passes, 1));
  worker.Stop();
  EXPECT_TRUE(finished);
  EXPECT_EQ(passes, 1);
}

TEST(WorkerThread, StartsAgainAfterStop) {
  std::atomic<int> passes = 0;
  WorkerThread worker;
  const auto pass = [&passes] {
    ++passes;
    return Clock::now() + 1h;
  };
  worker.Start(pass);
  ASSERT_TRUE(Reaches(passes, 1));
  worker.Stop();
  worker.Start(pass);
  EXPECT_TRUE(Reaches(passes, 2));
  EXPECT_FALSE(worker.stopping());
}

}  // namespace
}  // namespace shop
