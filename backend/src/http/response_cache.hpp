// A bounded in-process cache of rendered responses, safe to read from the I/O threads: a lookup
// takes a shared lock and never waits on the database. A write drops every entry, one key's, or
// (a change of stock) only the entries showing the items it touched. The catalog keeps its public
// reads here and the totals of its listings (keys "total:..."), which every page and order of a
// listing shares, and the cart service each user's cart ("cart:<user id>").
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <list>
#include <memory>
#include <shared_mutex>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "http/request.hpp"

namespace shop::http {

// The key of a cached read: `path`, then the first value of each parameter of `names` that
// `query` carries, in the order of `names` (so any order of the query string gives one key).
// Parameters the route does not read are left out: they cannot change the answer, and a client
// must not be able to make distinct entries (and evict the hot ones) by adding made-up ones.
std::string CacheKeyOf(std::string_view path, const NameValues& query, std::span<const std::string_view> names);

// What a rendered response shows of the stock, so a change of stock drops only what it touches.
struct StockShown {
  std::vector<std::int64_t> product_ids;  // the items (products) whose stock the body shows
  bool availability = false;              // the body filters on in_stock: any product selling out
                                          // or coming back in stock may change it
};

// A committed change of stock.
struct StockChange {
  std::vector<std::int64_t> product_ids;  // the products whose stock moved
  bool availability = false;              // one of them sold out or came back in stock
};

class ResponseCache {
 public:
  struct Entry {
    std::string body;
    std::string etag;     // a strong validator: ETagOf(body)
    std::string gzipped;  // the body gzipped once, for clients that accept it; empty for small bodies
    StockShown shown;
    mutable std::atomic<bool> used{false};  // read since it was kept: spared once by eviction
  };

  // Holds at most `max_entries` entries and about `max_bytes` (bodies, keys and bookkeeping);
  // when full, the oldest entry not read since the last pass goes first.
  static constexpr std::size_t kDefaultMaxBytes = 48u << 20;
  explicit ResponseCache(std::size_t max_entries = 50'000, std::size_t max_bytes = kDefaultMaxBytes);

  // Where the cache's history stands: take it before reading what a response is rendered from,
  // and hand it to Store.
  std::uint64_t Version() const;
  // The entry for `key`, or nullptr.
  std::shared_ptr<const Entry> Find(const std::string& key) const;
  // Keeps `body` (and its gzip encoding when it is 1 KiB or more), rendered from data read after
  // `version` was taken, unless a change since then touched what it shows. Returns the entry,
  // kept or not, for answering the request.
  std::shared_ptr<const Entry> Store(const std::string& key, std::string body, StockShown shown, std::uint64_t version);
  // After a committed catalog write: drops every entry.
  void InvalidateAll();
  // After a committed change of stock: drops the entries showing one of the products, and every
  // entry filtering on availability when that changed.
  void InvalidateStock(const StockChange& change);
  // After a committed change of what `key` alone shows (a user's cart): drops its entry.
  void Invalidate(const std::string& key);
  std::size_t size() const;

 private:
  // A change kept for a while, so that a response rendered before it is not stored after it.
  struct Change {
    std::uint64_t version = 0;
    bool everything = false;
    StockChange stock;
    std::string key;  // one entry's, when not empty
  };
  struct Slot {
    std::shared_ptr<const Entry> entry;
    std::list<std::string>::iterator position;  // in order_
    std::size_t bytes = 0;
  };

  bool ChangedSinceLocked(const std::string& key, const StockShown& shown, std::uint64_t version) const;
  void RecordLocked(Change change);
  void EraseLocked(const std::string& key);
  void EvictLocked();

  const std::size_t max_entries_;
  const std::size_t max_bytes_;
  mutable std::shared_mutex mutex_;
  std::unordered_map<std::string, Slot> entries_;
  std::list<std::string> order_;  // keys, oldest first
  std::unordered_map<std::int64_t, std::vector<std::string>> keys_by_product_;
  std::unordered_set<std::string> availability_keys_;
  std::size_t bytes_ = 0;
  std::uint64_t version_ = 0;
  std::deque<Change> changes_;   // the latest changes, oldest first
  std::uint64_t forgotten_ = 0;  // the newest version no longer in changes_
};

}  // namespace shop::http
