// The client's address as the API sees it (rate limits, logs): the TCP peer, or, only when the
// peer is a proxy the configuration trusts (TRUSTED_PROXIES), the address that proxy reports in
// X-Forwarded-For. A client that talks to the API directly cannot choose its address.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace shop::http {

// An IPv4 or IPv6 address. IPv4 is held IPv4-mapped (::ffff:a.b.c.d), so that "10.0.0.1" and
// "::ffff:10.0.0.1" are one address and one range list covers both families.
struct IpAddress {
  std::array<unsigned char, 16> bytes{};
  bool operator==(const IpAddress&) const = default;
};

// The address of `text` ("192.0.2.1", "2001:db8::1", "::ffff:192.0.2.1"), or nullopt.
std::optional<IpAddress> ParseIpAddress(std::string_view text);
// Canonical text: dotted quad for IPv4 (mapped or not), RFC 5952 form for IPv6.
std::string ToString(const IpAddress& address);

// A set of addresses and CIDR ranges; empty (the default) trusts nobody.
class TrustedProxies {
 public:
  // Parses a comma-separated list ("127.0.0.1, 10.0.0.0/8, ::1"); spaces around entries are
  // ignored. Returns the first entry that is neither an address nor a range instead when there is one.
  static std::variant<TrustedProxies, std::string> Parse(std::string_view list);

  bool Contains(const IpAddress& address) const;
  bool empty() const { return ranges_.empty(); }

 private:
  struct Range {
    IpAddress network;
    int prefix_bits = 128;  // of the 128-bit (mapped) form
  };
  std::vector<Range> ranges_;
};

// The client's address, as canonical text. It is `peer` unless `peer` is a trusted proxy; then
// X-Forwarded-For is read from the right (each proxy appends the address it saw) and the first
// entry that is not itself a trusted proxy is the client. Entries left of it were written by the
// client and are never read. An entry that is no address ends the walk at the trusted hop that
// reported it; when every entry is trusted, the leftmost is the client.
std::string ClientAddress(std::string_view peer, std::string_view forwarded_for, const TrustedProxies& trusted);

}  // namespace shop::http
