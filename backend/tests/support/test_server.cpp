#include "support/test_server.hpp"

#include <libpq-fe.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <stdexcept>
#include <thread>
#include <vector>

namespace shop::testing {
namespace {

std::string AdminUrl() {
  if (const char* url = std::getenv("SHOP_TEST_ADMIN_URL")) return url;
  throw std::runtime_error("SHOP_TEST_ADMIN_URL is not set: run the tests through `make test`");
}

std::string RunSql(const std::string& url, const std::string& sql) {
  std::unique_ptr<PGconn, void (*)(PGconn*)> conn(PQconnectdb(url.c_str()), &PQfinish);
  if (PQstatus(conn.get()) != CONNECTION_OK) {
    throw std::runtime_error("cannot connect to the test cluster: " + std::string(PQerrorMessage(conn.get())));
  }
  std::unique_ptr<PGresult, void (*)(PGresult*)> result(PQexec(conn.get(), sql.c_str()), &PQclear);
  const auto status = PQresultStatus(result.get());
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    throw std::runtime_error("SQL failed: " + std::string(PQerrorMessage(conn.get())) + " in: " + sql);
  }
  if (status == PGRES_TUPLES_OK && PQntuples(result.get()) > 0) return PQgetvalue(result.get(), 0, 0);
  return "";
}

// Replaces the database name (the path part) of a postgresql:// URL.
std::string WithDatabase(const std::string& url, const std::string& name) {
  const auto scheme_end = url.find("://") + 3;
  const auto path = url.find('/', scheme_end);
  const auto query = url.find('?', scheme_end);
  std::string result = url.substr(0, path == std::string::npos ? query : path) + "/" + name;
  if (query != std::string::npos) result += url.substr(query);
  return result;
}

}  // namespace

std::filesystem::path ShopApiPath() {
  return std::filesystem::read_symlink("/proc/self/exe").parent_path() / "shop-api";
}

int FreePort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0;
  if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) throw std::runtime_error("bind failed");
  socklen_t length = sizeof address;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
  ::close(fd);
  return ntohs(address.sin_port);
}

TestDatabase::TestDatabase() : admin_url_(AdminUrl()) {
  static std::atomic<int> counter{0};
  name_ = "shop_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
  RunSql(admin_url_, "DROP DATABASE IF EXISTS " + name_);
  RunSql(admin_url_, "CREATE DATABASE " + name_);
  url_ = WithDatabase(admin_url_, name_);
}

TestDatabase::~TestDatabase() {
  try {
    RunSql(admin_url_, "DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
  } catch (const std::exception&) {
    // Leave it; the next run's cluster reset removes it.
  }
}

void TestDatabase::Execute(const std::string& sql) const { RunSql(url_, sql); }

std::string TestDatabase::QueryValue(const std::string& sql) const { return RunSql(url_, sql); }

TestServer::TestServer(const TestDatabase& database, const std::map<std::string, std::string>& env) {
  port_ = FreePort();
  base_url_ = "http://127.0.0.1:" + std::to_string(port_);
  work_dir_ = std::filesystem::temp_directory_path() /
              ("shop-api-test-" + std::to_string(::getpid()) + "-" + std::to_string(port_));
  std::filesystem::create_directories(work_dir_);

  std::map<std::string, std::string> variables = {
      {"HOST", "127.0.0.1"},
      {"PORT", std::to_string(port_)},
      {"DATABASE_URL", database.url()},
      {"SECRET_KEY", "test-secret-key-0123456789abcdef0123456789"},
      {"MAIL_DIR", (work_dir_ / "mail").string()},
      {"UPLOAD_DIR", (work_dir_ / "uploads").string()},
      {"FRONTEND_URL", "http://shop.test"},
      {"LOG_LEVEL", "warning"},
      // The abuse limits are off unless a test sets them: most tests are one customer doing a lot.
      {"AUTH_RATE_LIMIT", "0"},
      {"ORDER_RATE_LIMIT", "0"},
      {"MAX_PENDING_ORDERS", "0"},
      {"DISCOUNT_ATTEMPT_LIMIT", "0"},
  };
  for (auto& [key, value] : env) variables[key] = value;

  const std::string binary = ShopApiPath().string();
  std::vector<std::string> env_strings;
  for (const auto& [key, value] : variables) env_strings.push_back(key + "=" + value);
  for (const char* name : {"PATH", "ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"}) {
    if (const char* value = std::getenv(name)) env_strings.push_back(std::string(name) + "=" + value);
  }
  std::vector<char*> envp;
  for (auto& entry : env_strings) envp.push_back(entry.data());
  envp.push_back(nullptr);

  pid_ = ::fork();
  if (pid_ == 0) {
    char* argv[] = {const_cast<char*>(binary.c_str()), const_cast<char*>("serve"), nullptr};
    ::execve(binary.c_str(), argv, envp.data());
    std::_Exit(127);
  }
  if (pid_ < 0) throw std::runtime_error("fork failed");

  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      throw std::runtime_error("shop-api exited during start-up");
    }
    try {
      if (client().Get("/api/health").status == 200) return;
    } catch (const std::exception&) {
      // Not listening yet.
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  Stop();
  throw std::runtime_error("shop-api did not become healthy within 30 s");
}

int TestServer::Stop() {
  if (pid_ <= 0) return 0;
  ::kill(pid_, SIGTERM);
  int status = 0;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (::waitpid(pid_, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, &status, 0);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  pid_ = -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TestServer::~TestServer() {
  Stop();
  std::error_code ec;
  std::filesystem::remove_all(work_dir_, ec);
}

namespace {

TestDatabase& SharedDatabase() {
  static TestDatabase database;
  return database;
}

}  // namespace

TestDatabase& SharedApi::database() {
  server();  // the server applies the migrations, so the schema exists before a test writes to it
  return SharedDatabase();
}

TestServer& SharedApi::server() {
  static TestServer server(SharedDatabase());
  return server;
}

}  // namespace shop::testing
