// HTTP-level abuse over real sockets: CORS and security headers sent once and everywhere, bodies
// over the limit, connections left idle or half-sent, and query strings made up to flood the
// response cache.
#include <gtest/gtest.h>
#include <poll.h>

#include <fstream>
#include <memory>
#include <random>
#include <vector>

#include "support/accounts.hpp"
#include "support/products.hpp"
#include "support/raw_http.hpp"
#include "support/test_server.hpp"

namespace shop::testing {
namespace {

constexpr const char* kOrigin = "http://localhost:3000";

int Port() { return SharedApi::server().port(); }

// The process's resident memory in KiB, from /proc/<pid>/status.
long RssKib(pid_t pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.starts_with("VmRSS:")) return std::stol(line.substr(6));
  }
  return -1;
}

std::string RandomWord() {
  static std::mt19937_64 engine{std::random_device{}()};
  return std::to_string(engine());
}

// --- CORS and security headers ------------------------------------------------------------

TEST(Cors, PreflightCarriesEachCorsHeaderOnce) {
  auto response =
      RawExchange(Port(),
                  "OPTIONS /api/products HTTP/1.1\r\nHost: x\r\nOrigin: http://localhost:3000\r\n"
                  "Access-Control-Request-Method: POST\r\n"
                  "Access-Control-Request-Headers: authorization, content-type\r\nConnection: close\r\n\r\n");
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 200);
  EXPECT_EQ(response->Header("access-control-allow-origin"), kOrigin);
  for (const char* name : {"access-control-allow-origin", "access-control-allow-methods",
                           "access-control-allow-headers", "access-control-max-age"}) {
    EXPECT_EQ(response->Count(name), 1) << name;
  }
  EXPECT_LE(response->Count("access-control-expose-headers"), 1);
}

TEST(Cors, ActualResponsesCarryEachCorsHeaderOnce) {
  for (const char* target : {"/api/health", "/api/products", "/api/products", "/api/nope"}) {
    auto response =
        RawExchange(Port(), std::string("GET ") + target +
                                " HTTP/1.1\r\nHost: x\r\nOrigin: http://localhost:3000\r\nConnection: close\r\n\r\n");
    ASSERT_TRUE(response) << target;
    EXPECT_EQ(response->Count("access-control-allow-origin"), 1) << target;
    EXPECT_EQ(response->Count("access-control-expose-headers"), 1) << target;
  }
}

TEST(SecurityHeaders, EveryKindOfApiResponseCarriesThem) {
  const auto admin = CreateUser(Db(), "admin");
  std::vector<std::pair<std::string, std::string>> requests = {
      {"ok", "GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"},
      {"cached", "GET /api/categories HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"},
      {"cached again", "GET /api/categories HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"},
      {"not found", "GET /api/nope HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"},
      {"unauthenticated", "GET /api/orders HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"},
      {"invalid",
       "POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
       "Content-Length: 2\r\nConnection: close\r\n\r\n{}"},
      {"preflight",
       "OPTIONS /api/health HTTP/1.1\r\nHost: x\r\nOrigin: http://localhost:3000\r\n"
       "Access-Control-Request-Method: GET\r\nConnection: close\r\n\r\n"},
      {"admin", "GET /api/admin/stats HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + admin.token +
                    "\r\nConnection: close\r\n\r\n"},
  };
  for (const auto& [what, request] : requests) {
    auto response = RawExchange(Port(), request);
    ASSERT_TRUE(response) << what;
    EXPECT_EQ(response->Header("x-content-type-options"), "nosniff") << what;
    EXPECT_EQ(response->Header("x-frame-options"), "DENY") << what;
    EXPECT_EQ(response->Header("referrer-policy"), "no-referrer") << what;
    EXPECT_NE(response->Header("content-security-policy").find("frame-ancestors 'none'"), std::string::npos) << what;
    EXPECT_NE(response->Header("strict-transport-security").find("max-age="), std::string::npos) << what;
    EXPECT_FALSE(response->Header("cache-control").empty()) << what;
    for (const char* name : {"x-content-type-options", "x-frame-options", "content-security-policy"}) {
      EXPECT_EQ(response->Count(name), 1) << what << ": " << name;
    }
  }
}

// --- bodies over the limit ----------------------------------------------------------------

TEST(BodyLimit, AJsonBodyOverOneMebibyteIs413BeforeAnyCheckOfTheCaller) {
  const std::string big = "{\"email\": \"" + std::string(1024 * 1024, 'a') + "\"}";
  for (const char* path : {"/api/auth/login", "/api/orders", "/api/products"}) {
    auto response = Api().Send("POST", path, big, {{"Content-Type", "application/json"}});
    EXPECT_EQ(response.status, 413) << path;
    EXPECT_EQ(response.json()["detail"], "Request body is too large") << path;
  }
}

TEST(BodyLimit, UnknownRoutesTakeOnlySmallBodies) {
  auto response = Api().Send("POST", "/api/nope", std::string(128 * 1024, 'x'), {{"Content-Type", "text/plain"}});
  EXPECT_EQ(response.status, 413);
  EXPECT_EQ(response.json()["detail"], "Request body is too large");
  EXPECT_EQ(Api().Send("POST", "/api/nope", "small", {{"Content-Type", "text/plain"}}).status, 404);
}

// The route's limit holds before the body is read: the client that declares too much is told 413
// at the end of its headers, without sending a byte of the body, signed in or not, on any route.
TEST(BodyLimit, ADeclaredBodyOverTheRouteLimitIs413BeforeItIsSent) {
  for (const auto& [target, length] : std::vector<std::pair<std::string, int>>{
           {"/api/auth/login", 2 * 1024 * 1024}, {"/api/orders", 1024 * 1024 + 1}, {"/api/nope", 100 * 1024}}) {
    RawConnection connection(Port());
    ASSERT_TRUE(connection.Send("POST " + target + " HTTP/1.1\r\nHost: x\r\nOrigin: http://localhost:3000\r\n" +
                                "Content-Type: application/json\r\nContent-Length: " + std::to_string(length) +
                                "\r\n\r\n"));
    auto response = connection.ReadResponse();
    ASSERT_TRUE(response) << target;
    EXPECT_EQ(response->status, 413) << target;
    EXPECT_EQ(nlohmann::json::parse(response->body)["detail"], "Request body is too large") << target;
    EXPECT_EQ(response->Header("access-control-allow-origin"), kOrigin) << target;
    EXPECT_EQ(response->Header("connection"), "close") << target;
  }
}

TEST(BodyLimit, AChunkedBodyOverTheRouteLimitIs413AsSoonAsItGrowsPastIt) {
  RawConnection connection(Port());
  ASSERT_TRUE(
      connection.Send("POST /api/auth/register HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      "Transfer-Encoding: chunked\r\n\r\n"));
  const std::string chunk = "40000\r\n" + std::string(0x40000, ' ') + "\r\n";  // 256 KiB each
  for (int i = 0; i < 5; ++i) ASSERT_TRUE(connection.Send(chunk)) << i;
  auto response = connection.ReadResponse();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 413);
}

// Past the largest limit of any route (the 5 MiB of uploads), the server does not wait for the
// body: a declared length is refused when the headers end, a chunked body once that much has come.
TEST(BodyLimit, ABodyOverTheLargestLimitIsRefusedWithoutReadingItAll) {
  RawConnection declared(Port());
  ASSERT_TRUE(
      declared.Send("POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    "Content-Length: 104857600\r\n\r\n{"));
  EXPECT_TRUE(declared.ClosedByServer(std::chrono::seconds(30)));

  RawConnection chunked(Port());
  ASSERT_TRUE(chunked.Send("POST /api/nope HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"));
  const std::string chunk = "100000\r\n" + std::string(0x100000, 'x') + "\r\n";  // 1 MiB each
  int sent = 0;
  while (sent < 8 && chunked.Send(chunk)) ++sent;
  EXPECT_TRUE(chunked.ClosedByServer(std::chrono::seconds(30)));
  EXPECT_EQ(Api().Get("/api/health").status, 200);
}

// --- connections --------------------------------------------------------------------------

// Connections that never finish a request (idle, or stopped in the middle of the headers) are
// closed after READ_TIMEOUT; while MAX_CONNECTIONS of them are open the server accepts no more,
// so a normal request waits for them to be timed out, and then gets through.
TEST(Connections, IdleAndHalfSentConnectionsAreTimedOutAndCannotStarveTheServer) {
  TestDatabase database;
  TestServer server(database, {{"MAX_CONNECTIONS", "16"}, {"READ_TIMEOUT", "2"}});
  std::vector<std::unique_ptr<RawConnection>> stalled;
  for (int i = 0; i < 16; ++i) {
    stalled.push_back(std::make_unique<RawConnection>(server.port()));
    if (i % 2 == 1) {
      ASSERT_TRUE(stalled.back()->Send("GET /api/health HTTP/1.1\r\nHost: x\r\nX-Slow: "));
    }
  }

  RawConnection normal(server.port());
  ASSERT_TRUE(normal.Send("GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
  auto response = normal.ReadResponse(std::chrono::seconds(60));
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 200);
  // Answered only once the stalled connections were let go: at least one of them is closed by now.
  int closed_before = 0;
  for (auto& connection : stalled) closed_before += connection->ClosedByServer(std::chrono::seconds(0)) ? 1 : 0;
  EXPECT_GE(closed_before, 1);
  for (auto& connection : stalled) EXPECT_TRUE(connection->ClosedByServer(std::chrono::seconds(30)));
  EXPECT_EQ(server.client().Get("/api/health").status, 200);
}

// --- the response cache -------------------------------------------------------------------

TEST(CatalogCache, MadeUpQueryParametersAreAnsweredFromTheCache) {
  const auto product = CreateProduct(Db());
  const std::string path = "/api/products/" + std::to_string(product.id);
  ASSERT_EQ(Api().Get(path).json()["name"], product.name);
  // A change made around the API shows only once the cached entry is gone.
  Db().Execute("UPDATE products SET name = 'Changed around the API' WHERE id = " + std::to_string(product.id));
  for (int i = 0; i < 20; ++i) {
    auto response = Api().Get(path + "?x=" + RandomWord());
    ASSERT_EQ(response.status, 200);
    EXPECT_EQ(response.json()["name"], product.name);
  }
  EXPECT_EQ(Api().Get(path).json()["name"], product.name);
}

TEST(CatalogCache, ThousandsOfDistinctQueriesKeepMemoryWithinTheCacheBudget) {
  TestDatabase database;
  TestServer server(database, {{"RESPONSE_CACHE_MB", "2"}, {"WORKERS", "4"}});
  for (int i = 0; i < 100; ++i) CreateProduct(database, {.price = "20.00"});
  const auto client = server.client();
  ASSERT_EQ(client.Get("/api/products?size=100").status, 200);
  const long before = RssKib(server.pid());
  ASSERT_GT(before, 0);

  // Each page shows the same 100 products (about 40 KB) under a distinct key (min_price from
  // 0.01 to 9.99), some with a made-up parameter too: over 40 MB if the cache kept them all.
  for (int i = 1; i < 1500; ++i) {
    const int cents = i < 1000 ? i : i - 999;
    char price[16];
    std::snprintf(price, sizeof price, "%d.%02d", cents / 100, cents % 100);
    std::string query = std::string("size=100&min_price=") + price;
    if (i >= 1000) query += "&x=" + RandomWord();
    auto response = client.Get("/api/products?" + query);
    ASSERT_EQ(response.status, 200) << query << ": " << response.body;
  }
  const long after = RssKib(server.pid());
  RecordProperty("rss_before_kib", std::to_string(before));
  RecordProperty("rss_after_kib", std::to_string(after));
  std::printf("[ figures  ] RSS before %ld KiB, after 1500 distinct queries %ld KiB\n", before, after);
#if defined(__SANITIZE_ADDRESS__)
  GTEST_SKIP() << "AddressSanitizer keeps freed memory in quarantine: the server's RSS says nothing of the cache here";
#else
  EXPECT_LT(after - before, 32 * 1024);
#endif
}

}  // namespace
}  // namespace shop::testing
