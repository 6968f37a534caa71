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

// A worker_ whose passes_ count themselves; `worker_` is last, so it stops before `passes_` goes.
class WorkerThreadTest : public ::testing::Test {
 protected:
  // Starts the worker_ with passes_ that ask for the next one `after` from now.
  void StartCounting(Clock::duration after) {
    worker_.Start([this, after] {
      ++passes_;
      return Clock::now() + after;
    });
  }

  std::atomic<int> passes_ = 0;
  WorkerThread worker_;
};

TEST_F(WorkerThreadTest, RunsAPassAtStartThenSleepsUntilTheTimeItNamed) {
  StartCounting(1h);
  ASSERT_TRUE(Reaches(passes_, 1));
  std::this_thread::sleep_for(50ms);
  EXPECT_EQ(passes_, 1);
}

TEST_F(WorkerThreadTest, APassDueAtOnceRunsAgainAtOnce) {
  StartCounting(0s);
  EXPECT_TRUE(Reaches(passes_, 100));
}

TEST_F(WorkerThreadTest, WakeStartsTheNextPassBeforeItIsDue) {
  StartCounting(1h);
  ASSERT_TRUE(Reaches(passes_, 1));
  worker_.Wake();
  EXPECT_TRUE(Reaches(passes_, 2));
}

TEST_F(WorkerThreadTest, StopEndsASleepingThreadAtOnceAndTellsThePassesItStopped) {
  StartCounting(1h);
  ASSERT_TRUE(Reaches(passes_, 1));
  const auto asked = Clock::now();
  worker_.Stop();
  EXPECT_LT(Clock::now() - asked, 5s);  // not the hour the pass asked for
  EXPECT_TRUE(worker_.stopping());
}

TEST_F(WorkerThreadTest, StopLetsThePassInProgressFinish) {
  std::atomic<bool> finished = false;
  worker_.Start([&] {
    ++passes_;
    while (!worker_.stopping()) std::this_thread::sleep_for(1ms);
    finished = true;
    return Clock::now();
  });
  ASSERT_TRUE(Reaches(passes_, 1));
  worker_.Stop();
  EXPECT_TRUE(finished);
  EXPECT_EQ(passes_, 1);
}

TEST_F(WorkerThreadTest, StartsAgainAfterStop) {
  StartCounting(1h);
  ASSERT_TRUE(Reaches(passes_, 1));
  worker_.Stop();
  StartCounting(1h);
  EXPECT_TRUE(Reaches(passes_, 2));
  EXPECT_FALSE(worker_.stopping());
}

}  // namespace
}  // namespace shop
