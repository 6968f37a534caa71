#include "http/response_cache.hpp"

#include <algorithm>
#include <iterator>
#include <mutex>

#include "http/compression.hpp"
#include "http/conditional.hpp"

namespace shop::http {
namespace {

constexpr std::size_t kGzipThreshold = 1024;
// What a kept entry costs beside its key, body and gzip encoding (the map and list nodes, the
// Entry, the shared_ptr's control block), and an index entry beside its key: estimates.
constexpr std::size_t kSlotOverhead = 256;
constexpr std::size_t kIndexOverhead = 48;
// Changes remembered for responses being rendered; one rendered before the oldest is not kept.
constexpr std::size_t kChangesKept = 1024;

void AppendEscaped(std::string& key, std::string_view text) {
  for (char c : text) {
    if (c == '%' || c == '&' || c == '=') {
      constexpr char kHex[] = "0123456789ABCDEF";
      key += '%';
      key += kHex[(static_cast<unsigned char>(c) >> 4) & 0xF];
      key += kHex[static_cast<unsigned char>(c) & 0xF];
    } else {
      key += c;
    }
  }
}

}  // namespace

std::string CacheKeyOf(std::string_view path, const NameValues& query, std::span<const std::string_view> names) {
  std::string key(path);
  key += '?';
  for (const std::string_view name : names) {
    const auto found =
        std::find_if(query.begin(), query.end(), [&](const auto& parameter) { return parameter.first == name; });
    if (found == query.end()) continue;
    key += name;
    key += '=';
    AppendEscaped(key, found->second);
    key += '&';
  }
  return key;
}

ResponseCache::ResponseCache(std::size_t max_entries, std::size_t max_bytes)
    : max_entries_(max_entries), max_bytes_(max_bytes) {}

std::uint64_t ResponseCache::Version() const {
  std::shared_lock lock(mutex_);
  return version_;
}

std::shared_ptr<const ResponseCache::Entry> ResponseCache::Find(const std::string& key) const {
  std::shared_lock lock(mutex_);
  auto found = entries_.find(key);
  if (found == entries_.end()) return nullptr;
  found->second.entry->used.store(true, std::memory_order_relaxed);
  return found->second.entry;
}

std::shared_ptr<const ResponseCache::Entry> ResponseCache::Store(const std::string& key, std::string body,
                                                                 StockShown shown, std::uint64_t version) {
  auto rendered = std::make_shared<Entry>();
  rendered->body = std::move(body);
  rendered->etag = ETagOf(rendered->body);
  if (rendered->body.size() >= kGzipThreshold) rendered->gzipped = Gzip(rendered->body).value_or("");
  rendered->shown = std::move(shown);
  std::shared_ptr<const Entry> entry = std::move(rendered);
  const std::size_t bytes = kSlotOverhead + 2 * key.size() + entry->body.size() + entry->gzipped.size() +
                            entry->shown.product_ids.size() * (sizeof(std::int64_t) + key.size() + kIndexOverhead);
  if (bytes > max_bytes_ / 16) return entry;
  std::unique_lock lock(mutex_);
  if (ChangedSinceLocked(key, entry->shown, version)) return entry;
  EraseLocked(key);
  order_.push_back(key);
  entries_.emplace(key, Slot{entry, std::prev(order_.end()), bytes});
  for (const std::int64_t id : entry->shown.product_ids) keys_by_product_[id].push_back(key);
  if (entry->shown.availability) availability_keys_.insert(key);
  bytes_ += bytes;
  EvictLocked();
  return entry;
}

bool ResponseCache::ChangedSinceLocked(const std::string& key, const StockShown& shown, std::uint64_t version) const {
  if (version < forgotten_) return true;
  for (auto change = changes_.rbegin(); change != changes_.rend() && change->version > version; ++change) {
    if (change->everything || change->key == key || (change->stock.availability && shown.availability)) return true;
    for (const std::int64_t id : change->stock.product_ids) {
      if (std::find(shown.product_ids.begin(), shown.product_ids.end(), id) != shown.product_ids.end()) return true;
    }
  }
  return false;
}

void ResponseCache::RecordLocked(Change change) {
  change.version = ++version_;
  changes_.push_back(std::move(change));
  if (changes_.size() > kChangesKept) {
    forgotten_ = changes_.front().version;
    changes_.pop_front();
  }
}

void ResponseCache::EraseLocked(const std::string& key) {
  auto found = entries_.find(key);
  if (found == entries_.end()) return;
  for (const std::int64_t id : found->second.entry->shown.product_ids) {
    auto keys = keys_by_product_.find(id);
    if (keys == keys_by_product_.end()) continue;
    std::erase(keys->second, key);
    if (keys->second.empty()) keys_by_product_.erase(keys);
  }
  if (found->second.entry->shown.availability) availability_keys_.erase(key);
  bytes_ -= found->second.bytes;
  order_.erase(found->second.position);
  entries_.erase(found);
}

// Second chance: an entry read since it was kept (or last spared) moves to the back once.
void ResponseCache::EvictLocked() {
  while ((entries_.size() > max_entries_ || bytes_ > max_bytes_) && !order_.empty()) {
    auto& slot = entries_.at(order_.front());
    if (slot.entry->used.exchange(false, std::memory_order_relaxed)) {
      order_.splice(order_.end(), order_, order_.begin());
      continue;
    }
    EraseLocked(std::string(order_.front()));
  }
}

void ResponseCache::InvalidateAll() {
  std::unique_lock lock(mutex_);
  RecordLocked({.everything = true});
  entries_.clear();
  order_.clear();
  keys_by_product_.clear();
  availability_keys_.clear();
  bytes_ = 0;
}

void ResponseCache::InvalidateStock(const StockChange& change) {
  std::unique_lock lock(mutex_);
  RecordLocked({.stock = change});
  for (const std::int64_t id : change.product_ids) {
    auto keys = keys_by_product_.find(id);
    if (keys == keys_by_product_.end()) continue;
    const std::vector<std::string> showing = keys->second;
    for (const auto& key : showing) EraseLocked(key);
  }
  if (change.availability) {
    const std::vector<std::string> filtering(availability_keys_.begin(), availability_keys_.end());
    for (const auto& key : filtering) EraseLocked(key);
  }
}

void ResponseCache::Invalidate(const std::string& key) {
  std::unique_lock lock(mutex_);
  RecordLocked({.key = key});
  EraseLocked(key);
}

std::size_t ResponseCache::size() const {
  std::shared_lock lock(mutex_);
  return entries_.size();
}

}  // namespace shop::http
