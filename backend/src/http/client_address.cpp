#include "http/client_address.hpp"

#include <arpa/inet.h>

#include <algorithm>
#include <charconv>
#include <cstring>

namespace shop::http {
namespace {

constexpr std::array<unsigned char, 12> kMappedPrefix = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};

bool IsMappedIpv4(const IpAddress& address) {
  return std::equal(kMappedPrefix.begin(), kMappedPrefix.end(), address.bytes.begin());
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// The comma-separated entries of `list`, trimmed, empty ones included.
std::vector<std::string_view> Entries(std::string_view list) {
  std::vector<std::string_view> entries;
  while (true) {
    const auto comma = list.find(',');
    entries.push_back(Trim(list.substr(0, comma)));
    if (comma == std::string_view::npos) return entries;
    list.remove_prefix(comma + 1);
  }
}

}  // namespace

std::optional<IpAddress> ParseIpAddress(std::string_view text) {
  if (text.empty() || text.size() > INET6_ADDRSTRLEN) return std::nullopt;
  const std::string terminated(text);
  IpAddress address;
  in_addr v4{};
  if (inet_pton(AF_INET, terminated.c_str(), &v4) == 1) {
    std::copy(kMappedPrefix.begin(), kMappedPrefix.end(), address.bytes.begin());
    std::memcpy(address.bytes.data() + 12, &v4, 4);
    return address;
  }
  in6_addr v6{};
  if (inet_pton(AF_INET6, terminated.c_str(), &v6) == 1) {
    std::memcpy(address.bytes.data(), &v6, 16);
    return address;
  }
  return std::nullopt;
}

std::string ToString(const IpAddress& address) {
  char text[INET6_ADDRSTRLEN] = {};
  if (IsMappedIpv4(address)) {
    inet_ntop(AF_INET, address.bytes.data() + 12, text, sizeof text);
  } else {
    inet_ntop(AF_INET6, address.bytes.data(), text, sizeof text);
  }
  return text;
}

std::variant<TrustedProxies, std::string> TrustedProxies::Parse(std::string_view list) {
  TrustedProxies proxies;
  for (const std::string_view entry : Entries(list)) {
    if (entry.empty()) continue;
    const auto slash = entry.find('/');
    const std::string_view host = entry.substr(0, slash);
    const auto address = ParseIpAddress(host);
    if (!address) return std::string(entry);
    Range range{*address, 128};
    if (slash != std::string_view::npos) {
      const std::string_view bits = entry.substr(slash + 1);
      const int max_bits = host.find(':') == std::string_view::npos ? 32 : 128;
      int prefix = -1;
      const auto [end, error] = std::from_chars(bits.data(), bits.data() + bits.size(), prefix);
      if (error != std::errc() || end != bits.data() + bits.size() || prefix < 0 || prefix > max_bits) {
        return std::string(entry);
      }
      range.prefix_bits = prefix + (128 - max_bits);
    }
    proxies.ranges_.push_back(range);
  }
  return proxies;
}

bool TrustedProxies::Contains(const IpAddress& address) const {
  for (const auto& range : ranges_) {
    const int whole = range.prefix_bits / 8;
    const int rest = range.prefix_bits % 8;
    if (!std::equal(range.network.bytes.begin(), range.network.bytes.begin() + whole, address.bytes.begin())) continue;
    const auto mask = static_cast<unsigned char>(0xff << (8 - rest));
    if (rest == 0 || (range.network.bytes[whole] & mask) == (address.bytes[whole] & mask)) return true;
  }
  return false;
}

std::string ClientAddress(std::string_view peer, std::string_view forwarded_for, const TrustedProxies& trusted) {
  const auto peer_address = ParseIpAddress(peer);
  if (!peer_address) return std::string(peer);
  IpAddress client = *peer_address;
  if (!trusted.Contains(client)) return ToString(client);
  const auto entries = Entries(forwarded_for);
  for (auto entry = entries.rbegin(); entry != entries.rend(); ++entry) {
    const auto address = ParseIpAddress(*entry);
    if (!address) break;
    client = *address;
    if (!trusted.Contains(client)) break;
  }
  return ToString(client);
}

}  // namespace shop::http
