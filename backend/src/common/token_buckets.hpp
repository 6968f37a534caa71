// Token buckets by key in bounded memory, the mechanism of the rate limits: a bucket holds up to
// its rate's capacity and refills evenly over its period. When `max_keys` buckets are held, the
// least recently used is forgotten; it comes back full, which is all it could have refilled to.
#pragma once

#include <chrono>
#include <cstddef>
#include <list>
#include <string>
#include <unordered_map>

namespace shop {

class TokenBuckets {
 public:
  using Clock = std::chrono::steady_clock;
  struct Rate {
    double capacity = 0;
    std::chrono::seconds period{60};
  };

  explicit TokenBuckets(std::size_t max_keys);

  // The tokens of `key`'s bucket, refilled at `rate` up to `now`; take one by decrementing. The
  // bucket becomes the most recently used, so the reference outlives the next call too (at least
  // two buckets are kept). Not synchronised: the caller holds its own lock.
  double& Tokens(const std::string& key, Rate rate, Clock::time_point now);
  // Whole seconds (at least 1) until a bucket holding `tokens` holds one again at `rate`.
  static int SecondsUntilOne(double tokens, Rate rate);
  // How many buckets are held.
  std::size_t size() const { return index_.size(); }

 private:
  struct Bucket {
    std::string key;
    double tokens = 0;
    Clock::time_point updated;
  };
  using Buckets = std::list<Bucket>;

  const std::size_t max_keys_;
  Buckets buckets_;  // most recently used first
  std::unordered_map<std::string, Buckets::iterator> index_;
};

}  // namespace shop
