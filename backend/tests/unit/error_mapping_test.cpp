#include <gtest/gtest.h>

#include "db/connection.hpp"
#include "http/middleware.hpp"
#include "http/response.hpp"

namespace shop::http {
namespace {

TEST(ErrorMapping, EveryCodeHasItsStatus) {
  EXPECT_EQ(StatusOf(Errc::kInvalid), 422);
  EXPECT_EQ(StatusOf(Errc::kBadRequest), 400);
  EXPECT_EQ(StatusOf(Errc::kUnauthenticated), 401);
  EXPECT_EQ(StatusOf(Errc::kForbidden), 403);
  EXPECT_EQ(StatusOf(Errc::kNotFound), 404);
  EXPECT_EQ(StatusOf(Errc::kMethodNotAllowed), 405);
  EXPECT_EQ(StatusOf(Errc::kConflict), 409);
  EXPECT_EQ(StatusOf(Errc::kPayloadTooLarge), 413);
  EXPECT_EQ(StatusOf(Errc::kUnsupportedMediaType), 415);
  EXPECT_EQ(StatusOf(Errc::kTooManyRequests), 429);
  EXPECT_EQ(StatusOf(Errc::kUnavailable), 503);
  EXPECT_EQ(StatusOf(Errc::kInternal), 500);
}

TEST(ErrorMapping, DetailIsAMessage) {
  auto response = ErrorResponse(Conflict("Slug already taken"));
  EXPECT_EQ(response.status, 409);
  EXPECT_EQ(nlohmann::json::parse(response.body), (nlohmann::json{{"detail", "Slug already taken"}}));
}

TEST(ErrorMapping, ValidationListsEachFieldLikeFastApi) {
  Error error{Errc::kInvalid, "", {{{"body", "email"}, "Field required", "missing"}}, 0};
  auto body = nlohmann::json::parse(ErrorResponse(error).body);
  EXPECT_EQ(body["detail"][0]["loc"], (nlohmann::json{"body", "email"}));
  EXPECT_EQ(body["detail"][0]["type"], "missing");
}

TEST(ErrorMapping, UnauthenticatedCarriesWwwAuthenticate) {
  EXPECT_EQ(ErrorResponse(Unauthenticated("Not authenticated")).Header("WWW-Authenticate"), "Bearer");
}

TEST(ErrorMapping, RateLimitCarriesRetryAfter) {
  Error error = MakeError(Errc::kTooManyRequests, "Too many attempts");
  error.retry_after_seconds = 17;
  auto response = ErrorResponse(error);
  EXPECT_EQ(response.status, 429);
  EXPECT_EQ(response.Header("Retry-After"), "17");
}

TEST(Execute, OutagesBecome503AndBugs500WithoutInternals) {
  Route outage{Method::kGet, "/x", Access::kPublic,
               [](const Request&) -> Result<Response> { throw db::Unavailable("socket closed"); }};
  Route bug{Method::kGet, "/y", Access::kPublic,
            [](const Request&) -> Result<Response> { throw std::runtime_error("SELECT secret"); }};
  Request request;
  auto down = Execute(outage, request, nullptr);
  EXPECT_EQ(down.status, 503);
  EXPECT_EQ(down.Header("Retry-After"), "1");
  EXPECT_EQ(down.body.find("socket"), std::string::npos);
  auto crashed = Execute(bug, request, nullptr);
  EXPECT_EQ(crashed.status, 500);
  EXPECT_EQ(crashed.body.find("SELECT"), std::string::npos);
}

TEST(Execute, ChecksAccessBeforeTheHandler) {
  bool ran = false;
  Route admin_only{Method::kGet, "/admin", Access::kAdmin, [&ran](const Request&) {
                     ran = true;
                     return Response::NoContent();
                   }};
  const Authenticator as_customer = [](const Request&) -> Result<Principal> { return Principal{7, "customer"}; };
  const Authenticator rejecting = [](const Request&) -> Result<Principal> { return Unauthenticated("bad token"); };
  Request request;
  EXPECT_EQ(Execute(admin_only, request, rejecting).status, 401);
  EXPECT_EQ(Execute(admin_only, request, as_customer).status, 403);
  EXPECT_FALSE(ran);
  const Authenticator as_admin = [](const Request&) -> Result<Principal> { return Principal{1, "admin"}; };
  EXPECT_EQ(Execute(admin_only, request, as_admin).status, 204);
  EXPECT_TRUE(ran);
}

TEST(Execute, AnswersTheErrorAHandlerReturnsWithItsStatusAndDetail) {
  Route route{Method::kGet, "/x", Access::kPublic,
              [](const Request&) -> Result<Response> { return Conflict("Slug already taken"); }};
  Request request;
  const auto response = Execute(route, request, nullptr);
  EXPECT_EQ(response.status, 409);
  EXPECT_EQ(nlohmann::json::parse(response.body)["detail"], "Slug already taken");
}

struct Counter {
  int calls = 0;
};

Result<Response> CountCall(Counter& counter, const Request& request) {
  ++counter.calls;
  if (request.PathParam("id") == "0") return NotFound("No such thing");
  return Response::Json(200, {{"calls", counter.calls}});
}

TEST(Bind, CallsTheHandlerWithItsServiceAndPassesItsResultOn) {
  Counter counter;
  const Handler handler = Bind(counter, CountCall);
  Request request;
  request.path_params = {{"id", "1"}};
  auto answered = handler(request);
  ASSERT_TRUE(answered);
  EXPECT_EQ(answered->body, "{\"calls\":1}");
  request.path_params = {{"id", "0"}};
  auto refused = handler(request);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, Errc::kNotFound);
  EXPECT_EQ(counter.calls, 2);
}

TEST(Execute, RefusesBodiesOverTheRouteLimit) {
  Route route{Method::kPost, "/x", Access::kPublic, [](const Request&) { return Response::NoContent(); }};
  std::string big(kDefaultBodyLimit + 1, 'x');
  Request request;
  request.body = big;
  EXPECT_EQ(Execute(route, request, nullptr).status, 413);
}

}  // namespace
}  // namespace shop::http
