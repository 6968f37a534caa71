#include "catalog/response_cache.hpp"

#include <mutex>

#include "common/crypto.hpp"
#include "http/middleware.hpp"

namespace shop::catalog {
namespace {

constexpr std::size_t kGzipThreshold = 1024;

}  // namespace

ResponseCache::ResponseCache(const Epoch& epoch, std::size_t max_entries, std::size_t max_bytes)
    : epoch_(epoch), max_entries_(max_entries), max_bytes_(max_bytes) {}

std::shared_ptr<const ResponseCache::Entry> ResponseCache::Find(const std::string& key) const {
  const std::uint64_t current = epoch_.Current();
  std::shared_lock lock(mutex_);
  auto found = entries_.find(key);
  if (found == entries_.end() || found->second->epoch != current) return nullptr;
  return found->second;
}

std::shared_ptr<const ResponseCache::Entry> ResponseCache::Store(const std::string& key, std::string body,
                                                                 std::uint64_t epoch) {
  Entry rendered{.body = std::move(body), .epoch = epoch};
  rendered.etag = ETagOf(rendered.body);
  if (rendered.body.size() >= kGzipThreshold) rendered.gzipped = http::Gzip(rendered.body).value_or("");
  auto entry = std::make_shared<const Entry>(std::move(rendered));
  if (epoch != epoch_.Current() || entry->body.size() > max_bytes_ / 4) return entry;
  std::unique_lock lock(mutex_);
  if (epoch != entries_epoch_) {
    if (epoch < entries_epoch_) return entry;
    entries_.clear();
    order_.clear();
    bytes_ = 0;
    entries_epoch_ = epoch;
  }
  auto [it, inserted] = entries_.try_emplace(key, entry);
  if (!inserted) {
    bytes_ -= it->second->body.size() + it->second->gzipped.size();
    it->second = entry;
  } else {
    order_.push_back(key);
  }
  bytes_ += entry->body.size() + entry->gzipped.size();
  EvictLocked();
  return entry;
}

void ResponseCache::EvictLocked() {
  while ((entries_.size() > max_entries_ || bytes_ > max_bytes_) && !order_.empty()) {
    auto found = entries_.find(order_.front());
    if (found != entries_.end()) {
      bytes_ -= found->second->body.size() + found->second->gzipped.size();
      entries_.erase(found);
    }
    order_.pop_front();
  }
}

void ResponseCache::Clear() {
  std::unique_lock lock(mutex_);
  entries_.clear();
  order_.clear();
  bytes_ = 0;
}

std::size_t ResponseCache::size() const {
  std::shared_lock lock(mutex_);
  return entries_.size();
}

std::string ResponseCache::ETagOf(std::string_view body) {
  return "\"" + crypto::Hex(crypto::Sha256(body).substr(0, 16)) + "\"";
}

bool ResponseCache::Matches(std::string_view if_none_match, std::string_view etag) {
  std::size_t start = 0;
  while (start < if_none_match.size()) {
    std::size_t end = if_none_match.find(',', start);
    if (end == std::string_view::npos) end = if_none_match.size();
    std::string_view candidate = if_none_match.substr(start, end - start);
    while (!candidate.empty() && (candidate.front() == ' ' || candidate.front() == '\t')) candidate.remove_prefix(1);
    while (!candidate.empty() && (candidate.back() == ' ' || candidate.back() == '\t')) candidate.remove_suffix(1);
    if (candidate.starts_with("W/")) candidate.remove_prefix(2);
    if (candidate == "*" || candidate == etag) return true;
    start = end + 1;
  }
  return false;
}

}  // namespace shop::catalog
