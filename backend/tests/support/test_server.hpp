// Runs the real shop-api binary against a fresh database on the project's PostgreSQL, for API
// tests over real HTTP.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include "support/http_client.hpp"

namespace shop::testing {

// A database created for the tests and dropped afterwards. The cluster comes from
// SHOP_TEST_ADMIN_URL (a superuser connection string), which scripts/test.sh sets.
class TestDatabase {
 public:
  TestDatabase();
  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;
  const std::string& url() const { return url_; }
  // Runs SQL on the test database (for checks the API does not expose).
  void Execute(const std::string& sql) const;
  // The first column of the first row of a query, as text ("" for no row).
  std::string QueryValue(const std::string& sql) const;

 private:
  std::string admin_url_;
  std::string name_;
  std::string url_;
};

// A running shop-api process. Extra environment variables override the test defaults.
class TestServer {
 public:
  explicit TestServer(const TestDatabase& database, const std::map<std::string, std::string>& env = {});
  ~TestServer();
  TestServer(const TestServer&) = delete;
  TestServer& operator=(const TestServer&) = delete;

  HttpClient client() const { return HttpClient(base_url_); }
  const std::string& base_url() const { return base_url_; }
  int port() const { return port_; }
  const std::filesystem::path& work_dir() const { return work_dir_; }
  // Sends SIGTERM and waits; returns the exit status (or -1 when killed by a signal).
  int Stop();
  pid_t pid() const { return pid_; }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
  std::string base_url_;
  std::filesystem::path work_dir_;
};

// The path of the built shop-api binary (beside the test binary).
std::filesystem::path ShopApiPath();
// A TCP port that was free a moment ago.
int FreePort();

// One database and server shared by all tests of the api_tests process; the database has its
// schema as soon as it is handed out.
struct SharedApi {
  static TestDatabase& database();
  static TestServer& server();
  static HttpClient client() { return server().client(); }
};

// The shared server's client and database, for tests that need nothing special of them.
inline HttpClient Api() { return SharedApi::client(); }
inline const TestDatabase& Db() { return SharedApi::database(); }

}  // namespace shop::testing
