// The body guard: each route's body limit applied to the bytes as they arrive.
#include "http/body_guard.hpp"

#include <gtest/gtest.h>

namespace shop::http {
namespace {

// 10 bytes for /small, 1 000 for anything else.
BodyLimitFor Limits() {
  return [](std::string_view, std::string_view path) -> std::size_t { return path == "/small" ? 10 : 1000; };
}

std::string FeedAll(BodyGuard& guard, const std::string& bytes, std::size_t piece = 0) {
  std::string out;
  if (piece == 0) piece = bytes.size();
  for (std::size_t at = 0; at < bytes.size(); at += piece) {
    guard.Feed(bytes.data() + at, std::min(piece, bytes.size() - at), out);
  }
  return out;
}

TEST(BodyGuard, HandsOnRequestsWithinTheirLimitUnchangedHoweverTheyArrive) {
  const std::string requests =
      "GET /small?x=1 HTTP/1.1\r\nHost: a\r\n\r\n"
      "POST /small HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\n0123456789"
      "POST /big HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n";
  for (const std::size_t piece : {0, 1, 7}) {
    BodyGuard guard(Limits());
    EXPECT_EQ(FeedAll(guard, requests, piece), requests) << piece;
    EXPECT_FALSE(guard.refused());
  }
}

TEST(BodyGuard, HoldsARequestWithABodyUntilItIsComplete) {
  BodyGuard guard(Limits());
  std::string out;
  const std::string head = "POST /big HTTP/1.1\r\nContent-Length: 4\r\n\r\nab";
  guard.Feed(head.data(), head.size(), out);
  EXPECT_EQ(out, "");
  guard.Feed("cd", 2, out);
  EXPECT_EQ(out, head + "cd");
}

TEST(BodyGuard, ADeclaredLengthOverTheLimitIsRefusedAtTheEndOfTheHeaders) {
  BodyGuard guard(Limits());
  const std::string out = FeedAll(guard,
                                  "POST /small?a=b HTTP/1.1\r\nHost: a\r\nOrigin: http://o\r\nContent-Length: 11\r\n"
                                  "Expect: 100-continue\r\nX-Shop-Body-Refused: 0\r\n\r\n");
  EXPECT_TRUE(guard.refused());
  EXPECT_EQ(out,
            "POST /small?a=b HTTP/1.1\r\nHost: a\r\nOrigin: http://o\r\nContent-Length: 0\r\nConnection: close\r\n"
            "x-shop-body-refused: 10\r\n\r\n");
  std::string after;
  guard.Feed("01234567890GET / HTTP/1.1\r\n\r\n", 29, after);
  EXPECT_EQ(after, "");  // what follows is dropped
}

TEST(BodyGuard, AChunkedBodyIsRefusedOnceItGrowsPastTheLimit) {
  BodyGuard guard(Limits());
  const std::string out =
      FeedAll(guard, "PUT /small HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nabcdef\r\n6\r\nghijkl\r\n", 3);
  EXPECT_TRUE(guard.refused());
  EXPECT_TRUE(out.starts_with("PUT /small HTTP/1.1\r\nContent-Length: 0\r\nConnection: close\r\n")) << out;
  EXPECT_EQ(out.find("chunked"), std::string::npos);
}

TEST(BodyGuard, BytesItCannotParseGoOnAsTheyAreForTheHttpLayerToRefuse) {
  BodyGuard guard(Limits());
  EXPECT_EQ(FeedAll(guard, "NOT HTTP AT ALL\r\n\r\n"), "NOT HTTP AT ALL\r\n\r\n");
  std::string more;
  guard.Feed("xyz", 3, more);
  EXPECT_EQ(more, "xyz");
}

}  // namespace
}  // namespace shop::http
