#include "faults/load.hpp"

#include <curl/curl.h>
#include <libpq-fe.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <random>
#include <set>
#include <sstream>
#include <stdexcept>

namespace shop::testing::faults {
namespace {

// Every row of a query on `url`, as text.
std::vector<std::vector<std::string>> Rows(const std::string& url, const std::string& sql) {
  std::unique_ptr<PGconn, void (*)(PGconn*)> conn(PQconnectdb(url.c_str()), &PQfinish);
  if (PQstatus(conn.get()) != CONNECTION_OK) throw std::runtime_error(PQerrorMessage(conn.get()));
  std::unique_ptr<PGresult, void (*)(PGresult*)> result(PQexec(conn.get(), sql.c_str()), &PQclear);
  if (PQresultStatus(result.get()) != PGRES_TUPLES_OK) {
    throw std::runtime_error("SQL failed: " + std::string(PQerrorMessage(conn.get())) + " in: " + sql);
  }
  std::vector<std::vector<std::string>> rows;
  for (int r = 0; r < PQntuples(result.get()); ++r) {
    std::vector<std::string> row;
    for (int c = 0; c < PQnfields(result.get()); ++c) row.emplace_back(PQgetvalue(result.get(), r, c));
    rows.push_back(std::move(row));
  }
  return rows;
}

std::int64_t Cents(const std::string& amount) { return std::llround(std::stod(amount) * 100); }

bool InProgress(const Outcome& outcome) {
  return outcome.status == 409 && outcome.body.find("in progress") != std::string::npos;
}

}  // namespace

bool Outcome::IsUnavailableWithDetail() const {
  if (status != 503) return false;
  const auto json = nlohmann::json::parse(body, nullptr, false);
  return json.is_object() && json.contains("detail");
}

Outcome Call(const std::string& base_url, const std::string& method, const std::string& path,
             const nlohmann::json& body, const Headers& headers, std::chrono::seconds timeout) {
  Outcome outcome;
  outcome.started = Clock::now();
  std::unique_ptr<CURL, void (*)(CURL*)> curl(curl_easy_init(), &curl_easy_cleanup);
  if (!curl) throw std::runtime_error("curl_easy_init failed");
  const std::string url = base_url + path;
  const std::string text = body.is_null() ? "" : body.dump();
  CURL* handle = curl.get();
  curl_easy_setopt(handle, CURLOPT_URL, url.c_str());
  curl_easy_setopt(handle, CURLOPT_CUSTOMREQUEST, method.c_str());
  curl_slist* list = curl_slist_append(nullptr, "Expect:");
  if (!body.is_null()) {
    curl_easy_setopt(handle, CURLOPT_POSTFIELDS, text.data());
    curl_easy_setopt(handle, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(text.size()));
    list = curl_slist_append(list, "Content-Type: application/json");
  }
  for (const auto& [name, value] : headers) list = curl_slist_append(list, (name + ": " + value).c_str());
  std::unique_ptr<curl_slist, void (*)(curl_slist*)> header_list(list, &curl_slist_free_all);
  curl_easy_setopt(handle, CURLOPT_HTTPHEADER, header_list.get());
  curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, &CollectBody);
  curl_easy_setopt(handle, CURLOPT_WRITEDATA, &outcome.body);
  curl_easy_setopt(handle, CURLOPT_HEADERFUNCTION, &CollectHeader);
  curl_easy_setopt(handle, CURLOPT_HEADERDATA, &outcome.headers);
  curl_easy_setopt(handle, CURLOPT_TIMEOUT, static_cast<long>(timeout.count()));
  curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(handle, CURLOPT_FORBID_REUSE, 1L);
  const CURLcode code = curl_easy_perform(handle);
  outcome.took = Clock::now() - outcome.started;
  outcome.curl_code = static_cast<int>(code);
  if (code == CURLE_OK) curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &outcome.status);
  return outcome;
}

void Figures::Record(const Outcome& outcome) {
  ++sent_;
  if (!outcome.answered()) {
    ++transport_errors_;
  } else if (outcome.status >= 200 && outcome.status < 300) {
    ++success_;
  } else if (outcome.status == 503) {
    ++unavailable_;
  } else {
    ++other_;
  }
  Outcome kept = outcome;
  kept.body.resize(std::min<std::size_t>(kept.body.size(), 512));
  std::lock_guard lock(mutex_);
  log_.push_back(std::move(kept));
}

std::vector<Outcome> Figures::Log() const {
  std::lock_guard lock(mutex_);
  return log_;
}

std::string Figures::Summary() const {
  std::ostringstream out;
  out << "requests " << sent_ << ": 2xx " << success_ << ", 503 " << unavailable_ << ", other " << other_
      << ", no answer " << transport_errors_;
  return out.str();
}

nlohmann::json ShippingFor(const std::string& email) {
  return {{"customer_name", "Load Customer"},      {"customer_email", email},
          {"shipping_address", "1 Harbor Street"}, {"shipping_city", "Portland"},
          {"shipping_postal_code", "97201"},       {"shipping_country", "US"}};
}

std::vector<StockedProduct> StockShop(const TestDatabase& database, int scarce, int plenty, int plenty_stock) {
  std::vector<StockedProduct> products;
  for (int i = 0; i < scarce + plenty; ++i) {
    const int stock = i < scarce ? 1 + i % 2 : plenty_stock;
    products.push_back({CreateProduct(database, {.price = i < scarce ? "49.99" : "12.50", .stock = stock}), stock});
  }
  return products;
}

Load::Load(const TestDatabase& database, std::vector<StockedProduct> products, LoadOptions options)
    : database_(database), products_(std::move(products)), options_(options) {
  for (int i = 0; i < options_.customers; ++i) customers_.push_back(CreateUser(database_));
}

Load::~Load() { Stop(); }

void Load::Start(const std::string& base_url) {
  Retarget(base_url);
  stopping_ = false;
  for (std::size_t i = 0; i < customers_.size(); ++i) threads_.emplace_back([this, i] { Customer(i); });
}

void Load::Retarget(const std::string& base_url) {
  std::lock_guard lock(mutex_);
  base_url_ = base_url;
}

std::string Load::BaseUrl() const {
  std::lock_guard lock(mutex_);
  return base_url_;
}

void Load::Stop() {
  stopping_ = true;
  for (auto& thread : threads_) thread.join();
  threads_.clear();
}

std::vector<CheckoutRecord> Load::Checkouts() const {
  std::lock_guard lock(mutex_);
  return checkouts_;
}

bool Load::WaitForOrders(std::size_t count, std::chrono::seconds timeout) const {
  return WaitFor(
      [&] {
        std::lock_guard lock(mutex_);
        return static_cast<std::size_t>(std::count_if(checkouts_.begin(), checkouts_.end(),
                                                      [](const auto& c) { return c.final_status == 201; })) >= count;
      },
      timeout);
}

void Load::Customer(std::size_t index) {
  const TestUser& user = customers_[index];
  std::mt19937 random(static_cast<unsigned>(user.id * 7919 + ::getpid()));
  for (int round = 1; !stopping_; ++round) {
    const std::string base = BaseUrl();
    const Outcome browsed = Call(base, "GET", "/api/products?page=1&size=12");
    figures_.Record(browsed);
    // The shop is down or restarting: come back a moment later rather than spin.
    if (browsed.status != 200) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    const auto& product = products_[random() % products_.size()].product;
    figures_.Record(Call(base, "GET", "/api/products/" + std::to_string(product.id)));
    const Outcome added = Call(base, "POST", "/api/cart", {{"product_id", product.id}, {"quantity", 1}}, user.auth());
    figures_.Record(added);
    if (added.status == 201) CheckOut(user);
    if (options_.register_every > 0 && round % options_.register_every == 0) {
      const std::string email = "load-" + std::to_string(user.id) + "-" + std::to_string(round) + "@example.com";
      const Outcome registered =
          Call(base, "POST", "/api/auth/register",
               {{"email", email}, {"password", "correct horse battery"}, {"full_name", "Load Customer"}});
      figures_.Record(registered);
      if (registered.status == 201) ++registrations_;
    }
  }
}

void Load::CheckOut(const TestUser& user) {
  static std::atomic<int> counter{0};
  CheckoutRecord record{user.id, "load-" + std::to_string(::getpid()) + "-" + std::to_string(counter++)};
  auto headers = user.auth();
  headers.emplace_back("Idempotency-Key", record.idempotency_key);
  const auto deadline = Clock::now() + options_.resolve_within;
  while (Clock::now() < deadline) {
    ++record.attempts;
    const Outcome outcome = Call(BaseUrl(), "POST", "/api/orders", ShippingFor(user.email), headers);
    figures_.Record(outcome);
    if (outcome.answered() && outcome.status != 503 && !InProgress(outcome)) {
      record.final_status = outcome.status;
      if (outcome.status == 201) {
        record.order = nlohmann::json::parse(outcome.body);
        record.order_id = record.order["id"].get<std::int64_t>();
      } else {
        // Sold out (409) or nothing left to buy: start again with an empty cart.
        figures_.Record(Call(BaseUrl(), "DELETE", "/api/cart", nullptr, user.auth()));
      }
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  std::lock_guard lock(mutex_);
  checkouts_.push_back(std::move(record));
}

std::string Invariants::Summary() const {
  std::ostringstream out;
  out << "orders in database " << orders_in_database << ", confirmed " << confirmed_orders << ", unconfirmed "
      << unconfirmed_orders << ", lost " << lost_orders << ", broken " << broken_orders << ", stock drift "
      << stock_drift << ", missing confirmation emails " << missing_confirmations;
  return out.str();
}

Invariants CheckInvariants(const TestDatabase& database, const Load& load) {
  Invariants found;
  // Every order as stored: its total, and how many items it has and what they add up to.
  std::map<std::int64_t, std::vector<std::string>> stored;
  for (auto& row : Rows(database.url(),
                        "SELECT o.id, o.total_amount, o.subtotal, count(i.id), coalesce(sum(i.price * i.quantity), 0) "
                        "FROM orders o LEFT JOIN order_items i ON i.order_id = o.id GROUP BY o.id")) {
    stored[std::stoll(row[0])] = row;
  }
  found.orders_in_database = static_cast<long>(stored.size());
  for (const auto& [id, row] : stored) {
    if (row[3] == "0" || Cents(row[2]) != Cents(row[4])) ++found.broken_orders;
  }

  std::set<std::int64_t> confirmed;
  for (const auto& checkout : load.Checkouts()) {
    if (checkout.final_status != 201) continue;
    if (!confirmed.insert(checkout.order_id).second) continue;
    const auto order = stored.find(checkout.order_id);
    if (order == stored.end()) {
      ++found.lost_orders;
      continue;
    }
    const auto& items = checkout.order["items"];
    std::int64_t sum = 0;
    for (const auto& item : items) sum += std::llround(item["line_total"].get<double>() * 100);
    if (std::to_string(items.size()) != order->second[3] ||
        std::llround(checkout.order["total_amount"].get<double>() * 100) != Cents(order->second[1]) ||
        sum != Cents(order->second[4])) {
      ++found.broken_orders;
    }
  }
  found.confirmed_orders = static_cast<long>(confirmed.size());
  for (const auto& [id, row] : stored) {
    if (!confirmed.contains(id)) ++found.unconfirmed_orders;
  }

  std::map<std::int64_t, int> initial;
  for (const auto& stocked : load.products()) initial[stocked.product.id] = stocked.initial_stock;
  for (const auto& row :
       Rows(database.url(),
            "SELECT p.id, p.stock_quantity, coalesce(sum(i.quantity) FILTER (WHERE o.status <> 'cancelled'), 0) "
            "FROM products p LEFT JOIN order_items i ON i.product_id = p.id LEFT JOIN orders o ON o.id = i.order_id "
            "GROUP BY p.id")) {
    const auto product = initial.find(std::stoll(row[0]));
    if (product == initial.end()) continue;
    found.stock_drift += std::labs(std::stol(row[1]) + std::stol(row[2]) - product->second);
  }

  found.missing_confirmations = std::stol(
      database.QueryValue("SELECT count(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM email_outbox e "
                          "WHERE e.kind = 'order_confirmation' AND strpos(e.text_body, o.order_number) > 0)"));
  return found;
}

std::string PgCtl() {
  const char* script = std::getenv("SHOP_TEST_PG_CTL");
  return script == nullptr ? "" : script;
}

void Postgres(const std::string& action) {
  // Started again as scripts/test.sh starts it: without fsync, which tests do not need.
  const std::string command = "SHOP_PG_FAST=1 " + PgCtl() + " " + action + " >/dev/null";
  if (std::system(command.c_str()) != 0) throw std::runtime_error("failed: " + command);
}

}  // namespace shop::testing::faults
