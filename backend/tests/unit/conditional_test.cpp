// Conditional GET and gzip negotiation: ETags, If-None-Match, the 200-or-304 answer, and reads
// answered from the response cache.
#include "http/conditional.hpp"

#include <gtest/gtest.h>

#include "http/cached_read.hpp"
#include "http/compression.hpp"

namespace shop::http {
namespace {

Request RequestWith(NameValues headers) {
  Request request;
  request.headers = std::move(headers);
  return request;
}

TEST(ETag, FollowsTheBodyAndMatchesIfNoneMatchLists) {
  const std::string etag = ETagOf("body");
  EXPECT_EQ(etag, ETagOf("body"));
  EXPECT_NE(etag, ETagOf("body2"));
  EXPECT_EQ(etag.front(), '"');
  EXPECT_TRUE(IfNoneMatchNames(etag, etag));
  EXPECT_TRUE(IfNoneMatchNames("\"other\", W/" + etag, etag));
  EXPECT_TRUE(IfNoneMatchNames("*", etag));
  EXPECT_FALSE(IfNoneMatchNames("\"other\"", etag));
  EXPECT_FALSE(IfNoneMatchNames("", etag));
}

TEST(AcceptsGzip, ReadsTheAcceptEncodingList) {
  EXPECT_TRUE(AcceptsGzip(RequestWith({{"accept-encoding", "gzip"}})));
  EXPECT_TRUE(AcceptsGzip(RequestWith({{"accept-encoding", "br, GZIP;q=0.8, deflate"}})));
  EXPECT_FALSE(AcceptsGzip(RequestWith({{"accept-encoding", "br, deflate"}})));
  EXPECT_FALSE(AcceptsGzip(RequestWith({{"accept-encoding", "x-gzip"}})));
  EXPECT_FALSE(AcceptsGzip(RequestWith({})));
}

TEST(ConditionalResponse, Is304WhenTheClientHoldsTheBody) {
  const std::string etag = ETagOf("[1]");
  const auto response = ConditionalResponse(RequestWith({{"if-none-match", etag}}), {"[1]", etag, "gz"}, "no-cache");
  EXPECT_EQ(response.status, 304);
  EXPECT_TRUE(response.body.empty());
  EXPECT_TRUE(response.content_type.empty());
  EXPECT_EQ(response.Header("ETag"), etag);
  EXPECT_EQ(response.Header("Cache-Control"), "no-cache");
}

TEST(ConditionalResponse, SendsTheGzippedBodyOnlyToClientsThatTakeIt) {
  const std::string etag = ETagOf("[1]");
  const auto plain = ConditionalResponse(RequestWith({{"if-none-match", "\"old\""}}), {"[1]", etag, "gz"}, "x");
  EXPECT_EQ(plain.status, 200);
  EXPECT_EQ(plain.body, "[1]");
  EXPECT_EQ(plain.Header("Content-Encoding"), "");
  const auto gzipped = ConditionalResponse(RequestWith({{"accept-encoding", "gzip"}}), {"[1]", etag, "gz"}, "x");
  EXPECT_EQ(gzipped.body, "gz");
  EXPECT_EQ(gzipped.Header("Content-Encoding"), "gzip");
  EXPECT_EQ(gzipped.Header("Vary"), "Accept-Encoding");
  const auto never_gzipped = ConditionalResponse(RequestWith({{"accept-encoding", "gzip"}}), {"[1]", etag, ""}, "x");
  EXPECT_EQ(never_gzipped.body, "[1]");
}

TEST(CachedRead, RendersOnceAndAnswersTheKeptResponseAfter) {
  ResponseCache cache;
  int renders = 0;
  const RenderRead render = [&renders]() -> Result<RenderedRead> {
    ++renders;
    return RenderedRead{{{"n", 1}}, {.product_ids = {1}}};
  };
  const Request request;
  auto first = CachedRead(cache, request, "/x?", render);
  auto second = CachedRead(cache, request, "/x?", render);
  ASSERT_TRUE(first && second);
  EXPECT_EQ(renders, 1);
  EXPECT_EQ(first->body, "{\"n\":1}");
  EXPECT_EQ(second->body, first->body);
  EXPECT_EQ(second->Header("Cache-Control"), "no-cache");
  EXPECT_EQ(second->Header("Vary"), "Authorization");
  cache.InvalidateStock({.product_ids = {1}});
  ASSERT_TRUE(CachedRead(cache, request, "/x?", render));
  EXPECT_EQ(renders, 2);
}

TEST(CachedRead, NeitherKeepsErrorsNorResponsesNotToBeShared) {
  ResponseCache cache;
  auto failed = CachedRead(cache, Request{}, "/x?", []() -> Result<RenderedRead> { return NotFound("gone"); });
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().code, Errc::kNotFound);
  auto own = CachedRead(cache, Request{}, std::nullopt, [] { return Result<RenderedRead>(RenderedRead{{}}); });
  ASSERT_TRUE(own);
  EXPECT_EQ(own->Header("Cache-Control"), "private, no-cache");
  EXPECT_FALSE(own->Header("ETag").empty());
  EXPECT_EQ(cache.size(), 0u);
}

}  // namespace
}  // namespace shop::http
