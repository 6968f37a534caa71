// The HTTP core over real HTTP: health, errors for unknown routes, headers, CORS, compression,
// docs, graceful stop and database outages.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <thread>

#include "support/test_server.hpp"

namespace shop::testing {
namespace {

TEST(Health, ReportsDatabaseOk) {
  auto response = SharedApi::client().Get("/api/health");
  ASSERT_EQ(response.status, 200);
  EXPECT_EQ(response.json(), (nlohmann::json{{"status", "ok"}, {"database", "ok"}}));
}

TEST(Routing, UnknownPathIs404WithDetail) {
  auto response = SharedApi::client().Get("/api/nope");
  EXPECT_EQ(response.status, 404);
  EXPECT_EQ(response.json(), (nlohmann::json{{"detail", "Not Found"}}));
}

TEST(Routing, WrongMethodIs405WithAllow) {
  auto response = SharedApi::client().Send("DELETE", "/api/health");
  EXPECT_EQ(response.status, 405);
  EXPECT_EQ(response.json()["detail"], "Method Not Allowed");
  EXPECT_EQ(response.header("allow"), "GET");
}

TEST(Headers, EveryResponseCarriesRequestIdAndSecurityHeaders) {
  auto generated = SharedApi::client().Get("/api/health");
  EXPECT_EQ(generated.header("x-request-id").size(), 16u);
  EXPECT_EQ(generated.header("x-content-type-options"), "nosniff");
  EXPECT_EQ(generated.header("x-frame-options"), "DENY");
  EXPECT_EQ(generated.header("content-type"), "application/json");

  auto echoed = SharedApi::client().Get("/api/nope", {{"X-Request-ID", "trace-123"}});
  EXPECT_EQ(echoed.header("x-request-id"), "trace-123");
  auto replaced = SharedApi::client().Get("/api/health", {{"X-Request-ID", "bad id with spaces"}});
  EXPECT_NE(replaced.header("x-request-id"), "bad id with spaces");
}

TEST(Cors, PreflightFromAllowedOriginIsAnswered) {
  auto response = SharedApi::client().Send("OPTIONS", "/api/health", "",
                                           {{"Origin", "http://localhost:3000"},
                                            {"Access-Control-Request-Method", "GET"},
                                            {"Access-Control-Request-Headers", "authorization"}});
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.header("access-control-allow-origin"), "http://localhost:3000");
  EXPECT_NE(response.header("access-control-allow-methods").find("POST"), std::string::npos);
  EXPECT_NE(response.header("access-control-allow-headers").find("Authorization"), std::string::npos);
}

TEST(Cors, OtherOriginsGetNoCorsHeaders) {
  auto preflight = SharedApi::client().Send(
      "OPTIONS", "/api/health", "", {{"Origin", "http://evil.example"}, {"Access-Control-Request-Method", "GET"}});
  EXPECT_EQ(preflight.status, 400);
  auto simple = SharedApi::client().Get("/api/health", {{"Origin", "http://evil.example"}});
  EXPECT_EQ(simple.header("access-control-allow-origin"), "");
  auto allowed = SharedApi::client().Get("/api/health", {{"Origin", "http://localhost:3000"}});
  EXPECT_EQ(allowed.header("access-control-allow-origin"), "http://localhost:3000");
}

TEST(Compression, LargeJsonIsGzippedWhenAccepted) {
  auto plain = SharedApi::client().Get("/api/openapi.json");
  auto gzipped = SharedApi::client().Get("/api/openapi.json", {{"Accept-Encoding", "gzip"}});
  EXPECT_EQ(plain.header("content-encoding"), "");
  EXPECT_EQ(gzipped.header("content-encoding"), "gzip");
  EXPECT_LT(gzipped.body.size(), plain.body.size());
  ASSERT_GE(gzipped.body.size(), 2u);
  EXPECT_EQ(static_cast<unsigned char>(gzipped.body[0]), 0x1f);
  EXPECT_EQ(static_cast<unsigned char>(gzipped.body[1]), 0x8b);
}

TEST(Docs, OpenApiIsVersion31AndSwaggerUiIsServedLocally) {
  auto spec = SharedApi::client().Get("/api/openapi.json");
  ASSERT_EQ(spec.status, 200);
  EXPECT_EQ(spec.json()["openapi"], "3.1.0");
  EXPECT_TRUE(spec.json()["paths"].contains("/api/health"));

  auto page = SharedApi::client().Get("/docs");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("/docs/swagger-ui-bundle.js"), std::string::npos);
  EXPECT_EQ(page.body.find("http"), std::string::npos);  // no CDN: every asset is under /docs
  auto bundle = SharedApi::client().Get("/docs/swagger-ui-bundle.js");
  EXPECT_EQ(bundle.status, 200);
  EXPECT_GT(bundle.body.size(), 100000u);
  EXPECT_EQ(SharedApi::client().Get("/docs/..%2f..%2fetc%2fpasswd").status, 404);
}

TEST(Lifecycle, SigtermStopsCleanlyWithExitCodeZero) {
  TestServer server(SharedApi::database());
  ASSERT_EQ(server.client().Get("/api/health").status, 200);
  EXPECT_EQ(server.Stop(), 0);
}

TEST(Lifecycle, BadConfigurationStopsStartUpWithExitCode2) {
  const std::string command = "PORT=notaport " + ShopApiPath().string() + " serve 2>&1";
  FILE* pipe = ::popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string output;
  char buffer[256];
  while (std::fgets(buffer, sizeof buffer, pipe) != nullptr) output += buffer;
  const int status = ::pclose(pipe);
  EXPECT_EQ(WEXITSTATUS(status), 2);
  EXPECT_NE(output.find("PORT"), std::string::npos);
}

// Stops the project's PostgreSQL for real (through scripts/pg.sh) and starts it again.
TEST(Outage, HealthSays503WithinASecondAndRecoversWithoutRestart) {
  const char* pg_ctl = std::getenv("SHOP_TEST_PG_CTL");
  if (pg_ctl == nullptr) GTEST_SKIP() << "SHOP_TEST_PG_CTL is not set";
  auto client = SharedApi::client();
  ASSERT_EQ(client.Get("/api/health").status, 200);

  ASSERT_EQ(std::system((std::string(pg_ctl) + " stop >/dev/null").c_str()), 0);
  const auto started = std::chrono::steady_clock::now();
  auto down = client.Get("/api/health");
  const auto took = std::chrono::steady_clock::now() - started;
  EXPECT_EQ(down.status, 503);
  EXPECT_EQ(down.json()["database"], "unavailable");
  EXPECT_LT(took, std::chrono::seconds(1));

  ASSERT_EQ(std::system((std::string(pg_ctl) + " start >/dev/null").c_str()), 0);
  long status = 0;
  for (int attempt = 0; attempt < 50 && status != 200; ++attempt) {
    status = client.Get("/api/health").status;
    if (status != 200) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_EQ(status, 200);
}

}  // namespace
}  // namespace shop::testing
