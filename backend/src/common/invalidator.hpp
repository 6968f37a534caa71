// The one way a writer tells a reader that keeps derived data (the dashboard's statistics) that
// a change it summarises was committed. Writers hold an Invalidator&; app/services.cpp wires them
// to admin's StatsCache, so no domain includes another to keep its numbers fresh.
#pragma once

namespace shop {

class Invalidator {
 public:
  // Called after the change is committed and before it is answered: what was derived before it is
  // stale from now on. Must not throw, and must be cheap (it runs on the request's thread).
  virtual void Invalidate() = 0;

 protected:
  ~Invalidator() = default;
};

}  // namespace shop
