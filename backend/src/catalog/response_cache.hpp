// A bounded in-process cache of rendered public catalog responses, safe to read from the I/O
// threads: a lookup takes a shared lock and never waits on the database.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "common/epoch.hpp"

namespace shop::catalog {

class ResponseCache {
 public:
  struct Entry {
    std::string body;
    std::string etag;     // a strong validator: a hash of the body, quoted
    std::string gzipped;  // the body gzipped once, for clients that accept it; empty for small bodies
    std::uint64_t epoch = 0;
  };

  // Holds at most `max_entries` entries and about `max_bytes` of bodies; the oldest go first.
  explicit ResponseCache(const Epoch& epoch, std::size_t max_entries = 2048, std::size_t max_bytes = 32u << 20);

  // The entry for `key` when it was rendered at the current epoch; nullptr otherwise.
  std::shared_ptr<const Entry> Find(const std::string& key) const;
  // Keeps `body` (and its gzip encoding when it is 1 KiB or more), rendered from data read at
  // `epoch` (taken before reading), unless the epoch has moved on since. Returns the entry, kept
  // or not, for answering the request.
  std::shared_ptr<const Entry> Store(const std::string& key, std::string body, std::uint64_t epoch);
  // Drops every entry.
  void Clear();
  std::size_t size() const;

  // The ETag of a body: a quoted hex digest.
  static std::string ETagOf(std::string_view body);
  // True when an If-None-Match header value names `etag` (or is "*").
  static bool Matches(std::string_view if_none_match, std::string_view etag);

 private:
  void EvictLocked();

  const Epoch& epoch_;
  const std::size_t max_entries_;
  const std::size_t max_bytes_;
  mutable std::shared_mutex mutex_;
  std::unordered_map<std::string, std::shared_ptr<const Entry>> entries_;
  std::deque<std::string> order_;  // keys, oldest first
  std::size_t bytes_ = 0;
  std::uint64_t entries_epoch_ = 0;  // the epoch every kept entry was rendered at
};

}  // namespace shop::catalog
