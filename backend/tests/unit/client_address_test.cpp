#include "http/client_address.hpp"

#include <gtest/gtest.h>

namespace shop::http {
namespace {

TrustedProxies Trust(std::string_view list) {
  auto parsed = TrustedProxies::Parse(list);
  if (auto* bad = std::get_if<std::string>(&parsed)) ADD_FAILURE() << "refused entry " << *bad;
  return std::get<TrustedProxies>(std::move(parsed));
}

TEST(ClientAddress, WithoutTrustedProxiesForwardedForIsIgnored) {
  const TrustedProxies nobody;
  EXPECT_EQ(ClientAddress("127.0.0.1", "203.0.113.9", nobody), "127.0.0.1");
  EXPECT_EQ(ClientAddress("192.0.2.10", "203.0.113.9, 198.51.100.1", nobody), "192.0.2.10");
  EXPECT_EQ(ClientAddress("::1", "203.0.113.9", nobody), "::1");
}

TEST(ClientAddress, AnUntrustedPeerIsTheClientWhateverItForwards) {
  const auto trusted = Trust("127.0.0.1");
  EXPECT_EQ(ClientAddress("192.0.2.10", "203.0.113.9", trusted), "192.0.2.10");
}

TEST(ClientAddress, BehindATrustedProxyTheRightmostUntrustedEntryIsTheClient) {
  const auto trusted = Trust("127.0.0.1, 10.0.0.0/8");
  EXPECT_EQ(ClientAddress("127.0.0.1", "198.51.100.7", trusted), "198.51.100.7");
  EXPECT_EQ(ClientAddress("127.0.0.1", "6.6.6.6, 198.51.100.7", trusted), "198.51.100.7")
      << "what the client wrote itself is left of what the proxy appended";
  EXPECT_EQ(ClientAddress("127.0.0.1", "6.6.6.6, 198.51.100.7, 10.1.2.3", trusted), "198.51.100.7")
      << "trusted hops are skipped";
  EXPECT_EQ(ClientAddress("127.0.0.1", " 198.51.100.7 ,10.1.2.3 ", trusted), "198.51.100.7");
}

TEST(ClientAddress, WithoutForwardedForTheTrustedPeerIsTheClient) {
  const auto trusted = Trust("127.0.0.1");
  EXPECT_EQ(ClientAddress("127.0.0.1", "", trusted), "127.0.0.1");
}

TEST(ClientAddress, AnEntryThatIsNoAddressEndsTheWalkAtTheHopThatReportedIt) {
  const auto trusted = Trust("127.0.0.1, 10.0.0.0/8");
  EXPECT_EQ(ClientAddress("127.0.0.1", "not-an-address", trusted), "127.0.0.1");
  EXPECT_EQ(ClientAddress("127.0.0.1", "198.51.100.7, garbage, 10.0.0.2", trusted), "10.0.0.2");
  EXPECT_EQ(ClientAddress("127.0.0.1", "198.51.100.7,", trusted), "127.0.0.1") << "an empty last entry";
  EXPECT_EQ(ClientAddress("127.0.0.1", "198.51.100.7:4711", trusted), "127.0.0.1") << "no ports";
}

TEST(ClientAddress, WhenEveryEntryIsTrustedTheLeftmostIsTheClient) {
  const auto trusted = Trust("10.0.0.0/8, 127.0.0.1");
  EXPECT_EQ(ClientAddress("127.0.0.1", "10.0.0.5, 10.0.0.6", trusted), "10.0.0.5");
}

TEST(ClientAddress, Ipv6AndMappedIpv4AreOneAddressSpace) {
  const auto trusted = Trust("::1, 2001:db8::/32, 127.0.0.0/8");
  EXPECT_EQ(ClientAddress("::1", "2001:db8::5, 2001:0db8:0:0::0:9", trusted), "2001:db8::5");
  EXPECT_EQ(ClientAddress("::ffff:127.0.0.1", "::ffff:198.51.100.7", trusted), "198.51.100.7");
  EXPECT_EQ(ClientAddress("127.10.0.1", "2001:DB8::1, 2001:db9::1", trusted), "2001:db9::1");
}

TEST(TrustedProxies, MatchesAddressesAndRanges) {
  const auto trusted = Trust("192.0.2.1, 10.0.0.0/8, 172.16.0.0/12, 2001:db8::/33, 0.0.0.0/32");
  EXPECT_TRUE(trusted.Contains(*ParseIpAddress("192.0.2.1")));
  EXPECT_FALSE(trusted.Contains(*ParseIpAddress("192.0.2.2")));
  EXPECT_TRUE(trusted.Contains(*ParseIpAddress("10.255.255.255")));
  EXPECT_FALSE(trusted.Contains(*ParseIpAddress("11.0.0.0")));
  EXPECT_TRUE(trusted.Contains(*ParseIpAddress("172.31.0.1")));
  EXPECT_FALSE(trusted.Contains(*ParseIpAddress("172.32.0.1")));
  EXPECT_TRUE(trusted.Contains(*ParseIpAddress("2001:db8:7fff::1")));
  EXPECT_FALSE(trusted.Contains(*ParseIpAddress("2001:db8:8000::1")));
  EXPECT_TRUE(trusted.Contains(*ParseIpAddress("::ffff:10.1.1.1")));
  EXPECT_FALSE(trusted.Contains(*ParseIpAddress("::10.1.1.1")));
  EXPECT_TRUE(Trust("0.0.0.0/0").Contains(*ParseIpAddress("203.0.113.1")));
  EXPECT_FALSE(Trust("0.0.0.0/0").Contains(*ParseIpAddress("2001:db8::1"))) << "an IPv4 range holds no IPv6";
  EXPECT_TRUE(Trust("::/0").Contains(*ParseIpAddress("2001:db8::1")));
  EXPECT_TRUE(Trust("").empty());
  EXPECT_TRUE(Trust(" , ").empty());
}

TEST(TrustedProxies, NamesTheFirstEntryItCannotRead) {
  for (const auto& [list, bad] : std::vector<std::pair<std::string, std::string>>{
           {"127.0.0.1, localhost", "localhost"},
           {"10.0.0.0/33", "10.0.0.0/33"},
           {"10.0.0.0/", "10.0.0.0/"},
           {"10.0.0.0/8x, 300.1.1.1", "10.0.0.0/8x"},
           {"::1/129", "::1/129"},
           {"10.0.0.0/-1", "10.0.0.0/-1"},
           {"1.2.3.4:80", "1.2.3.4:80"},
       }) {
    auto parsed = TrustedProxies::Parse(list);
    ASSERT_TRUE(std::holds_alternative<std::string>(parsed)) << list;
    EXPECT_EQ(std::get<std::string>(parsed), bad) << list;
  }
}

TEST(IpAddress, PrintsCanonicalText) {
  EXPECT_EQ(ToString(*ParseIpAddress("192.0.2.1")), "192.0.2.1");
  EXPECT_EQ(ToString(*ParseIpAddress("::ffff:192.0.2.1")), "192.0.2.1");
  EXPECT_EQ(ToString(*ParseIpAddress("2001:0DB8:0000::0001")), "2001:db8::1");
  EXPECT_FALSE(ParseIpAddress(""));
  EXPECT_FALSE(ParseIpAddress("1.2.3"));
  EXPECT_FALSE(ParseIpAddress(" 1.2.3.4"));
  EXPECT_FALSE(ParseIpAddress(std::string(100, '1')));
}

}  // namespace
}  // namespace shop::http
