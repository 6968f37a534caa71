// SIGTERM to the real shop-api under load: the checkouts in flight complete, new connections are
// refused, and the process exits with 0.
#include <curl/curl.h>
#include <gtest/gtest.h>
#include <sys/socket.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <future>
#include <iostream>
#include <memory>

#include "db/connection.hpp"
#include "faults/load.hpp"

namespace shop::testing::faults {
namespace {

long WaitingOnLocks(const TestDatabase& database) {
  return std::stol(database.QueryValue(
      "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"));
}

TEST(Shutdown, SigtermUnderLoadCompletesTheRequestsInFlightRefusesNewOnesAndExitsZero) {
  constexpr int kInFlight = 4;
  TestDatabase database;
  TestServer server(database, {{"LOG_LEVEL", "error"}, {"DB_POOL_SIZE", "8"}, {"WORKERS", "8"}});
  const auto held = CreateProduct(database, {.stock = 100});
  std::vector<TestUser> buyers;
  for (int i = 0; i < kInFlight; ++i) {
    buyers.push_back(CreateUser(database));
    const Outcome added =
        Call(server.base_url(), "POST", "/api/cart", {{"product_id", held.id}, {"quantity", 1}}, buyers.back().auth());
    ASSERT_EQ(added.status, 201) << added.body;
  }
  // Customers of a stopped shop cannot resolve their checkouts: they give up after a while.
  Load load(database, StockShop(database), {.customers = 4, .resolve_within = std::chrono::seconds(5)});
  load.Start(server.base_url());
  ASSERT_TRUE(load.WaitForOrders(5));

  // Hold the product's row, so that these checkouts are in flight, waiting for it, at the SIGTERM.
  auto blocker = db::Connection::Open(database.url(), std::chrono::seconds(5));
  auto holding = std::make_unique<db::Transaction>(*blocker);
  blocker->ExecScript("SELECT 1 FROM products WHERE id = " + std::to_string(held.id) + " FOR UPDATE");
  std::vector<std::future<Outcome>> in_flight;
  for (const auto& buyer : buyers) {
    in_flight.push_back(std::async(std::launch::async, [&server, buyer] {
      return Call(server.base_url(), "POST", "/api/orders", ShippingFor(buyer.email), buyer.auth());
    }));
  }
  ASSERT_TRUE(WaitFor([&] { return WaitingOnLocks(database) >= kInFlight; }, std::chrono::seconds(20)));

  const auto signalled = Clock::now();
  auto exit_status = std::async(std::launch::async, [&server] { return server.Stop(); });
  const bool refused =
      WaitFor([&] { return Call(server.base_url(), "GET", "/api/health").curl_code == CURLE_COULDNT_CONNECT; },
              std::chrono::seconds(10));
  holding.reset();  // rolls back: the checkouts go on
  long completed = 0;
  for (auto& checkout : in_flight) {
    const Outcome outcome = checkout.get();
    EXPECT_EQ(outcome.status, 201) << "curl " << outcome.curl_code << " " << outcome.body;
    if (outcome.status == 201) ++completed;
  }
  const int status = exit_status.get();
  load.Stop();

  long after = 0, answered_after = 0, refused_after = 0, cut_after = 0;
  std::string cut_codes;  // curl's codes of the cut-off requests, to tell a reset from a timeout
  for (const auto& outcome : load.figures().Log()) {
    if (outcome.started < signalled) continue;
    ++after;
    if (outcome.answered()) {
      ++answered_after;
    } else if (outcome.curl_code == CURLE_COULDNT_CONNECT) {
      ++refused_after;
    } else {
      ++cut_after;
      cut_codes += " " + std::to_string(outcome.curl_code);
    }
  }
  const auto invariants = CheckInvariants(database, load);
  std::cout << "[ figures  ] " << load.figures().Summary() << "\n"
            << "[ figures  ] in flight at the SIGTERM " << kInFlight << ", completed " << completed
            << "; after it: " << after << " requests, " << answered_after << " answered, " << refused_after
            << " refused, " << cut_after << " cut off (curl codes:" << cut_codes << "); exit status " << status << "\n"
            << "[ figures  ] " << invariants.Summary() << "\n";
  EXPECT_TRUE(refused);
  EXPECT_EQ(status, 0);
  EXPECT_EQ(completed, kInFlight);
  EXPECT_EQ(cut_after, 0);
  EXPECT_EQ(StockOf(database, held.id), 100 - kInFlight);
  EXPECT_EQ(invariants.unconfirmed_orders, kInFlight);  // the held checkouts, which the load does not know of
  EXPECT_EQ(invariants.lost_orders, 0);
  EXPECT_EQ(invariants.broken_orders, 0);
  EXPECT_EQ(invariants.stock_drift, 0);
}

// A client that keeps its connection open (as the web app's proxy does) sends request after request
// through the SIGTERM: each one is answered in full, or refused at connect once the server told it
// to close; none is cut off on a connection the server drops.
TEST(Shutdown, KeepAliveClientsAreAnsweredInFullOrRefusedNeverCutOff) {
  TestDatabase database;
  TestServer server(database, {{"LOG_LEVEL", "error"}});
  const auto product = CreateProduct(database);
  const std::string url = server.base_url() + "/api/products/" + std::to_string(product.id);
  std::atomic<bool> signalled{false};
  std::atomic<Clock::time_point> signalled_at{};
  std::atomic<long> answered{0}, refused{0}, cut{0}, closes_announced{0};
  std::vector<std::thread> clients;
  for (int i = 0; i < 4; ++i) {
    clients.emplace_back([&] {
      std::unique_ptr<CURL, void (*)(CURL*)> curl(curl_easy_init(), &curl_easy_cleanup);
      std::string body;
      curl_easy_setopt(curl.get(), CURLOPT_URL, url.c_str());
      curl_easy_setopt(curl.get(), CURLOPT_TIMEOUT, 30L);
      curl_easy_setopt(curl.get(), CURLOPT_NOSIGNAL, 1L);
      curl_easy_setopt(
          curl.get(), CURLOPT_WRITEFUNCTION,
          +[](char*, std::size_t size, std::size_t count, void*) { return size * count; });
      curl_easy_setopt(
          curl.get(), CURLOPT_HEADERFUNCTION, +[](char* data, std::size_t size, std::size_t count, void* closes) {
            const std::string line(data, size * count);
            if (line.starts_with("Connection: close") || line.starts_with("connection: close")) {
              ++*static_cast<std::atomic<long>*>(closes);
            }
            return size * count;
          });
      curl_easy_setopt(curl.get(), CURLOPT_HEADERDATA, &closes_announced);
      // Until the server refuses this client, or for at most 20 s after the SIGTERM.
      for (int my_refusals = 0;
           my_refusals < 3 && (!signalled || Clock::now() < signalled_at.load() + std::chrono::seconds(20));) {
        const CURLcode code = curl_easy_perform(curl.get());
        long status = 0;
        curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &status);
        if (code == CURLE_OK && status == 200) {
          ++answered;
        } else if (code == CURLE_COULDNT_CONNECT) {
          ++refused;
          ++my_refusals;
          std::this_thread::sleep_for(std::chrono::milliseconds(5));
        } else {
          ++cut;
          ADD_FAILURE() << "status " << status << ", curl: " << curl_easy_strerror(code);
        }
      }
    });
  }
  ASSERT_TRUE(WaitFor([&] { return answered >= 200; }, std::chrono::seconds(30)));
  signalled_at = Clock::now();
  signalled = true;
  const auto stopping = Clock::now();
  const int status = server.Stop();
  const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - stopping).count();
  for (auto& client : clients) client.join();
  std::cout << "[ figures  ] keep-alive requests answered " << answered << ", refused " << refused << ", cut off "
            << cut << "; 'Connection: close' announced " << closes_announced << "; exit status " << status << " after "
            << took << " ms\n";
  EXPECT_EQ(status, 0);
  EXPECT_EQ(cut, 0);
  EXPECT_GT(refused, 0);
  EXPECT_GT(closes_announced, 0);  // told to go away, rather than kept on through the drain
}

// A response still being written to a slow reader at the SIGTERM (a phone on a bad network, say)
// is written out whole before the server exits.
TEST(Shutdown, AResponseStillBeingWrittenToASlowReaderIsFinished) {
  TestDatabase database;
  TestServer server(database, {{"LOG_LEVEL", "error"}});
  // An image of 4 MiB, far more than the socket buffers hold.
  const std::string image(4 << 20, 'x');
  std::filesystem::create_directories(server.work_dir() / "uploads");
  std::ofstream(server.work_dir() / "uploads" / "large.png", std::ios::binary) << image;
  const std::string url = server.base_url() + "/uploads/large.png";
  std::string body;
  std::map<std::string, std::string> headers;
  std::atomic<bool> started{false};
  std::unique_ptr<CURL, void (*)(CURL*)> curl(curl_easy_init(), &curl_easy_cleanup);
  curl_easy_setopt(curl.get(), CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl.get(), CURLOPT_TIMEOUT, 60L);
  curl_easy_setopt(curl.get(), CURLOPT_NOSIGNAL, 1L);
  // A small receive window and a slow read keep most of the response in the server for seconds.
  curl_easy_setopt(
      curl.get(), CURLOPT_SOCKOPTFUNCTION, +[](void*, curl_socket_t fd, curlsocktype) {
        const int size = 4096;
        ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
        return static_cast<int>(CURL_SOCKOPT_OK);
      });
  curl_easy_setopt(curl.get(), CURLOPT_BUFFERSIZE, 1024L);
  curl_easy_setopt(curl.get(), CURLOPT_MAX_RECV_SPEED_LARGE, static_cast<curl_off_t>(1 << 20));
  struct Sink {
    std::string* body;
    std::atomic<bool>* started;
  } sink{&body, &started};
  curl_easy_setopt(curl.get(), CURLOPT_WRITEDATA, &sink);
  curl_easy_setopt(
      curl.get(), CURLOPT_WRITEFUNCTION, +[](char* data, std::size_t size, std::size_t count, void* target) {
        auto* into = static_cast<Sink*>(target);
        into->body->append(data, size * count);
        *into->started = true;
        return size * count;
      });
  auto transfer = std::async(std::launch::async, [&] { return curl_easy_perform(curl.get()); });
  ASSERT_TRUE(WaitFor([&] { return started.load(); }, std::chrono::seconds(10)));
  const int status = server.Stop();
  const CURLcode code = transfer.get();
  std::cout << "[ figures  ] response of " << image.size() << " bytes: " << body.size()
            << " arrived (curl: " << curl_easy_strerror(code) << "); exit status " << status << "\n";
  EXPECT_EQ(code, CURLE_OK);
  EXPECT_EQ(body.size(), image.size());
  EXPECT_EQ(status, 0);
}

}  // namespace
}  // namespace shop::testing::faults
