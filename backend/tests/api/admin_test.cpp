// The back office over HTTP: dashboard statistics against orders the tests make themselves, the
// order and user lists with their filters, the CSV export, and who may do what.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/crypto.hpp"
#include "support/accounts.hpp"
#include "support/http_client.hpp"
#include "support/test_server.hpp"

namespace shop::testing {
namespace {

using nlohmann::json;

std::string Tag() { return crypto::Hex(crypto::RandomToken(4)); }

std::int64_t InsertProduct(const TestDatabase& db, const std::string& name, const std::string& price, int stock,
                           bool active = true) {
  const std::string key = Tag();
  return std::stoll(db.QueryValue("INSERT INTO products (name, slug, price, stock_quantity, sku, is_active) VALUES ('" +
                                  name + "', 'p-" + key + "', " + price + ", " + std::to_string(stock) + ", 'SKU-" +
                                  key + "', " + (active ? "true" : "false") + ") RETURNING id"));
}

struct OrderSpec {
  std::string number;
  std::int64_t user_id = 0;
  std::string status = "pending";
  std::string total = "0";
  std::string created_at = "now()";  // an SQL expression
  std::string customer_name = "Test Customer";
  std::string customer_email = "customer@example.com";
};

std::int64_t InsertOrder(const TestDatabase& db, const OrderSpec& spec) {
  return std::stoll(db.QueryValue(
      "INSERT INTO orders (order_number, user_id, status, subtotal, total_amount, customer_name, customer_email, "
      "shipping_address, shipping_city, shipping_postal_code, shipping_country, created_at, updated_at) VALUES ('" +
      spec.number + "', " + std::to_string(spec.user_id) + ", '" + spec.status + "', " + spec.total + ", " +
      spec.total + ", '" + spec.customer_name + "', '" + spec.customer_email +
      "', '1 Main St', 'Springfield', '12345', 'US', " + spec.created_at + ", " + spec.created_at + ") RETURNING id"));
}

void InsertItem(const TestDatabase& db, std::int64_t order_id, std::int64_t product_id, const std::string& name,
                const std::string& sku, int quantity, const std::string& price) {
  db.Execute("INSERT INTO order_items (order_id, product_id, product_name, product_sku, quantity, price) VALUES (" +
             std::to_string(order_id) + ", " + std::to_string(product_id) + ", '" + name + "', '" + sku + "', " +
             std::to_string(quantity) + ", " + price + ")");
}

std::vector<std::string> Lines(const std::string& csv) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < csv.size()) {
    const auto end = csv.find("\r\n", start);
    if (end == std::string::npos) {
      lines.push_back(csv.substr(start));
      break;
    }
    lines.push_back(csv.substr(start, end - start));
    start = end + 2;
  }
  return lines;
}

// --- statistics ---------------------------------------------------------------------------

TEST(AdminStats, AreExactForTheOrdersOfAFreshShop) {
  TestDatabase db;
  TestServer server(db);
  auto client = server.client();
  const auto admin = CreateUser(db, "admin");
  const auto customer = CreateUser(db, "customer");

  // An empty shop: every figure zero, every status present, every day of the window present.
  auto empty = client.Get("/api/admin/stats?days=3", admin.auth());
  ASSERT_EQ(empty.status, 200) << empty.body;
  EXPECT_EQ(empty.json()["total_orders"], 0);
  EXPECT_EQ(empty.json()["total_revenue"], 0);
  EXPECT_EQ(empty.json()["orders_by_status"],
            (json{{"pending", 0}, {"processing", 0}, {"shipped", 0}, {"delivered", 0}, {"cancelled", 0}}));
  EXPECT_EQ(empty.json()["revenue_by_day"].size(), 3u);
  EXPECT_EQ(empty.json()["top_products"], json::array());
  EXPECT_EQ(empty.json()["recent_orders"], json::array());

  db.Execute("INSERT INTO categories (name, slug) VALUES ('Mugs', 'mugs-" + Tag() + "')");
  const auto mug = InsertProduct(db, "Mug", "10.00", 100);
  const auto lamp = InsertProduct(db, "Lamp", "25.50", 3);     // low on stock
  InsertProduct(db, "Old Lamp", "9.00", 0, /*active=*/false);  // inactive: not low on stock
  const auto vase = InsertProduct(db, "Vase", "10.00", 5);     // exactly 5: low on stock
  const auto cup = InsertProduct(db, "Cup", "6.00", 6);

  const std::string tag = Tag();
  const std::string today = "current_date::timestamptz";
  const auto order = [&](const std::string& n, const std::string& status, const std::string& total,
                         const std::string& created_at) {
    return InsertOrder(db, {"ORD-T" + tag + "-" + n, customer.id, status, total, created_at});
  };
  const auto o1 = order("1", "pending", "30.00", today + " + interval '2 minutes'");
  const auto o2 = order("2", "delivered", "25.50", today + " + interval '1 minute'");
  const auto o3 = order("3", "shipped", "40.00", today + " - interval '2 days' + interval '12 hours'");
  const auto o4 = order("4", "cancelled", "100.00", today + " - interval '1 day' + interval '12 hours'");
  const auto o5 = order("5", "shipped", "12.00", today + " - interval '10 days'");
  InsertItem(db, o1, mug, "Mug", "MUG", 3, "10.00");
  InsertItem(db, o2, lamp, "Lamp", "LAMP", 1, "25.50");
  InsertItem(db, o3, mug, "Mug", "MUG", 4, "10.00");
  InsertItem(db, o4, vase, "Vase", "VASE", 10, "10.00");  // cancelled: neither revenue nor best seller
  InsertItem(db, o5, cup, "Cup", "CUP", 2, "6.00");

  auto response = client.Get("/api/admin/stats?days=7", admin.auth());
  ASSERT_EQ(response.status, 200) << response.body;
  const auto stats = response.json();
  EXPECT_EQ(stats["total_users"], 2);
  EXPECT_EQ(stats["total_products"], 5);
  EXPECT_EQ(stats["active_products"], 4);
  EXPECT_EQ(stats["low_stock_products"], 2);
  EXPECT_EQ(stats["total_orders"], 5);
  EXPECT_EQ(stats["total_revenue"], 107.5);
  EXPECT_EQ(stats["pending_orders"], 1);
  EXPECT_EQ(stats["orders_by_status"],
            (json{{"pending", 1}, {"processing", 0}, {"shipped", 2}, {"delivered", 1}, {"cancelled", 1}}));

  const auto& days = stats["revenue_by_day"];
  ASSERT_EQ(days.size(), 7u);
  EXPECT_EQ(days[6]["date"], db.QueryValue("SELECT to_char(current_date, 'YYYY-MM-DD')"));
  EXPECT_EQ(days[0]["date"], db.QueryValue("SELECT to_char(current_date - 6, 'YYYY-MM-DD')"));
  EXPECT_EQ(days[6], (json{{"date", days[6]["date"]}, {"orders", 2}, {"revenue", 55.5}}));
  EXPECT_EQ(days[5]["orders"], 0);  // yesterday's only order was cancelled
  EXPECT_EQ(days[5]["revenue"], 0);
  EXPECT_EQ(days[4]["orders"], 1);
  EXPECT_EQ(days[4]["revenue"], 40.0);
  for (int i = 0; i < 4; ++i) EXPECT_EQ(days[i]["orders"], 0) << i;

  const auto& top = stats["top_products"];
  ASSERT_EQ(top.size(), 3u);
  EXPECT_EQ(top[0], (json{{"product_id", mug}, {"name", "Mug"}, {"quantity_sold", 7}, {"revenue", 70.0}}));
  EXPECT_EQ(top[1], (json{{"product_id", cup}, {"name", "Cup"}, {"quantity_sold", 2}, {"revenue", 12.0}}));
  EXPECT_EQ(top[2], (json{{"product_id", lamp}, {"name", "Lamp"}, {"quantity_sold", 1}, {"revenue", 25.5}}));

  const auto& recent = stats["recent_orders"];
  ASSERT_EQ(recent.size(), 5u);
  const std::vector<std::string> newest_first = {"1", "2", "4", "3", "5"};
  for (std::size_t i = 0; i < newest_first.size(); ++i) {
    EXPECT_EQ(recent[i]["order_number"], "ORD-T" + tag + "-" + newest_first[i]);
    EXPECT_FALSE(recent[i].contains("items"));
  }
  EXPECT_EQ(recent[0]["total_amount"], 30.0);
  EXPECT_EQ(recent[0]["status"], "pending");

  // A sixth order: still the 5 newest only.
  order("6", "pending", "1.00", today + " - interval '20 days'");
  EXPECT_EQ(client.Get("/api/admin/stats", admin.auth()).json()["recent_orders"].size(), 5u);
}

TEST(AdminStats, WindowDefaultsTo30DaysAndRejectsBadValues) {
  const auto admin = CreateUser(Db(), "admin");
  auto client = SharedApi::client();
  auto response = client.Get("/api/admin/stats", admin.auth());
  ASSERT_EQ(response.status, 200);
  EXPECT_EQ(response.json()["revenue_by_day"].size(), 30u);
  EXPECT_EQ(client.Get("/api/admin/stats?days=365", admin.auth()).json()["revenue_by_day"].size(), 365u);
  for (const char* bad : {"0", "366", "-1", "abc", "7.5"}) {
    auto rejected = client.Get(std::string("/api/admin/stats?days=") + bad, admin.auth());
    EXPECT_EQ(rejected.status, 422) << bad;
    EXPECT_EQ(rejected.json()["detail"][0]["loc"], (json{"query", "days"})) << bad;
  }
}

TEST(AdminStats, ShowEveryChangeMadeThroughTheApiAtOnce) {
  const auto& db = Db();
  const auto admin = CreateUser(db, "admin");
  const auto customer = CreateUser(db);
  const auto product = InsertProduct(db, "Stats Lamp " + Tag(), "20.00", 10);
  auto client = SharedApi::client();
  const auto stats = [&] {
    auto response = client.Get("/api/admin/stats?days=7", admin.auth());
    EXPECT_EQ(response.status, 200) << response.body;
    return response.json();
  };
  const auto count = [](const json& stats, const char* field) { return stats[field].get<std::int64_t>(); };
  const auto by_status = [](const json& stats, const char* status) {
    return stats["orders_by_status"][status].get<std::int64_t>();
  };
  const auto before = stats();
  EXPECT_EQ(stats(), before);  // the dashboard is now kept for this window

  // An order placed: counted, newest, in today's revenue.
  ASSERT_EQ(client.Post("/api/cart", {{"product_id", product}, {"quantity", 2}}, customer.auth()).status, 201);
  auto placed = client.Post("/api/orders",
                            {{"customer_name", "Stats Buyer"},
                             {"customer_email", "stats-buyer@example.com"},
                             {"shipping_address", "1 Main St"},
                             {"shipping_city", "Springfield"},
                             {"shipping_postal_code", "12345"},
                             {"shipping_country", "US"}},
                            customer.auth());
  ASSERT_EQ(placed.status, 201) << placed.body;
  const auto order = placed.json();
  const auto with_order = stats();
  EXPECT_EQ(count(with_order, "total_orders"), count(before, "total_orders") + 1);
  EXPECT_EQ(count(with_order, "pending_orders"), count(before, "pending_orders") + 1);
  EXPECT_NEAR(with_order["total_revenue"].get<double>(),
              before["total_revenue"].get<double>() + order["total_amount"].get<double>(), 1e-6);
  EXPECT_EQ(with_order["revenue_by_day"][6]["orders"].get<std::int64_t>(),
            before["revenue_by_day"][6]["orders"].get<std::int64_t>() + 1);
  EXPECT_EQ(with_order["recent_orders"][0]["id"], order["id"]);

  // Its status changed by an admin, then cancelled: the stock and the revenue come back.
  const std::string order_path = "/api/orders/" + std::to_string(order["id"].get<std::int64_t>());
  ASSERT_EQ(client.Put(order_path, {{"status", "processing"}}, admin.auth()).status, 200);
  const auto processing = stats();
  EXPECT_EQ(by_status(processing, "processing"), by_status(before, "processing") + 1);
  EXPECT_EQ(count(processing, "pending_orders"), count(before, "pending_orders"));
  EXPECT_EQ(processing["recent_orders"][0]["status"], "processing");
  ASSERT_EQ(client.Put(order_path, {{"status", "cancelled"}}, admin.auth()).status, 200);
  const auto cancelled = stats();
  EXPECT_EQ(by_status(cancelled, "cancelled"), by_status(before, "cancelled") + 1);
  EXPECT_NEAR(cancelled["total_revenue"].get<double>(), before["total_revenue"].get<double>(), 1e-6);

  // A product created in the catalog and an account registered are counted at once.
  auto created = client.Post(
      "/api/products", {{"name", "Stats Vase " + Tag()}, {"sku", "SV-" + Tag()}, {"price", 5.0}, {"stock_quantity", 2}},
      admin.auth());
  ASSERT_EQ(created.status, 201) << created.body;
  const auto with_product = stats();
  EXPECT_EQ(count(with_product, "total_products"), count(cancelled, "total_products") + 1);
  EXPECT_EQ(count(with_product, "low_stock_products"), count(cancelled, "low_stock_products") + 1);
  auto registered = client.Post(
      "/api/auth/register",
      {{"email", "stats-" + Tag() + "@example.com"}, {"password", "correct horse 1"}, {"full_name", "Stats Person"}});
  ASSERT_EQ(registered.status, 201) << registered.body;
  EXPECT_EQ(count(stats(), "total_users"), count(with_product, "total_users") + 1);
}

// --- orders -------------------------------------------------------------------------------

struct TaggedOrders {
  std::string tag;
  std::vector<std::int64_t> ids;  // oldest first
};

// Three orders of one customer, numbered ORD-T<TAG>-1..3 (upper case), oldest first.
TaggedOrders MakeTaggedOrders() {
  const auto& db = Db();
  const auto customer = CreateUser(db);
  const auto product = InsertProduct(db, "Teapot", "15.00", 50);
  TaggedOrders made{Tag(), {}};
  const std::string statuses[] = {"pending", "shipped", "pending"};
  for (int i = 0; i < 3; ++i) {
    OrderSpec spec{"ORD-T" + made.tag + "-" + std::to_string(i + 1), customer.id, statuses[i], "30.00",
                   "now() - interval '" + std::to_string(3 - i) + " minutes'"};
    spec.customer_email = "buyer-" + made.tag + "@example.com";
    if (i == 2) spec.customer_email = "other-" + made.tag + "@example.com";
    made.ids.push_back(InsertOrder(db, spec));
    InsertItem(db, made.ids.back(), product, "Teapot", "TEA-1", 2, "15.00");
  }
  // The tag is lower-case hex; order numbers carry it in upper case so the search must ignore case.
  db.Execute("UPDATE orders SET order_number = upper(order_number) WHERE order_number LIKE 'ORD-T" + made.tag + "-%'");
  return made;
}

TEST(AdminOrders, SearchMatchesPartOfOrderNumberOrEmailInAnyCase) {
  const auto admin = CreateUser(Db(), "admin");
  const auto made = MakeTaggedOrders();
  auto client = SharedApi::client();

  auto by_number = client.Get("/api/admin/orders?search=ord-t" + made.tag, admin.auth());
  ASSERT_EQ(by_number.status, 200) << by_number.body;
  EXPECT_EQ(by_number.json()["total"], 3);
  auto items = by_number.json()["items"];
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0]["id"], made.ids[2]);  // newest first
  EXPECT_EQ(items[2]["id"], made.ids[0]);
  ASSERT_EQ(items[0]["items"].size(), 1u);  // each order with its items
  EXPECT_EQ(items[0]["items"][0]["product_name"], "Teapot");
  EXPECT_EQ(items[0]["items"][0]["quantity"], 2);
  EXPECT_EQ(items[0]["items"][0]["line_total"], 30.0);

  std::string upper_tag = made.tag;
  for (auto& c : upper_tag) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  auto by_email = client.Get("/api/admin/orders?search=BUYER-" + upper_tag, admin.auth());
  EXPECT_EQ(by_email.json()["total"], 2);

  auto wildcard = client.Get("/api/admin/orders?search=%25", admin.auth());  // a literal %, not "anything"
  ASSERT_EQ(wildcard.status, 200);
  EXPECT_EQ(wildcard.json()["total"], 0);
}

TEST(AdminOrders, StatusFilterAndPaginationCombine) {
  const auto admin = CreateUser(Db(), "admin");
  const auto made = MakeTaggedOrders();
  auto client = SharedApi::client();

  auto pending = client.Get("/api/admin/orders?status=pending&search=" + made.tag, admin.auth());
  ASSERT_EQ(pending.status, 200);
  EXPECT_EQ(pending.json()["total"], 2);
  const auto pending_orders = pending.json()["items"];
  for (const auto& order : pending_orders) EXPECT_EQ(order["status"], "pending");
  EXPECT_EQ(client.Get("/api/admin/orders?status=shipped&search=" + made.tag, admin.auth()).json()["total"], 1);
  EXPECT_EQ(client.Get("/api/admin/orders?status=delivered&search=" + made.tag, admin.auth()).json()["total"], 0);
  EXPECT_EQ(client.Get("/api/admin/orders?status=&search=" + made.tag, admin.auth()).json()["total"], 3);  // blank: all

  auto second = client.Get("/api/admin/orders?size=2&page=2&search=" + made.tag, admin.auth());
  ASSERT_EQ(second.status, 200);
  EXPECT_EQ(second.json()["total"], 3);
  EXPECT_EQ(second.json()["page"], 2);
  EXPECT_EQ(second.json()["size"], 2);
  EXPECT_EQ(second.json()["pages"], 2);
  ASSERT_EQ(second.json()["items"].size(), 1u);
  EXPECT_EQ(second.json()["items"][0]["id"], made.ids[0]);
  auto beyond = client.Get("/api/admin/orders?size=2&page=5&search=" + made.tag, admin.auth());
  EXPECT_EQ(beyond.json()["items"], json::array());
  EXPECT_EQ(beyond.json()["total"], 3);

  auto all = client.Get("/api/admin/orders", admin.auth());
  ASSERT_EQ(all.status, 200);
  EXPECT_GE(all.json()["total"], 3);
  EXPECT_EQ(all.json()["size"], 20);
}

TEST(AdminOrders, RejectsUnknownStatusAndBadPaging) {
  const auto admin = CreateUser(Db(), "admin");
  auto client = SharedApi::client();
  auto unknown = client.Get("/api/admin/orders?status=lost", admin.auth());
  EXPECT_EQ(unknown.status, 422);
  EXPECT_EQ(unknown.json()["detail"][0]["loc"], (json{"query", "status"}));
  EXPECT_EQ(client.Get("/api/admin/orders?size=0", admin.auth()).status, 422);
  EXPECT_EQ(client.Get("/api/admin/orders?size=101", admin.auth()).status, 422);
  EXPECT_EQ(client.Get("/api/admin/orders?page=x", admin.auth()).status, 422);
}

// --- CSV export ---------------------------------------------------------------------------

TEST(AdminExport, WritesOneQuotedRowPerItemWithFiltersAndFormulaGuard) {
  TestDatabase db;
  TestServer server(db);
  auto client = server.client();
  const auto admin = CreateUser(db, "admin");
  const auto customer = CreateUser(db);
  const auto product = InsertProduct(db, "Mug", "9.99", 10);
  const std::string tag = Tag();

  OrderSpec a{"ORD-T" + tag + "-A", customer.id, "delivered", "20.48", "'2026-01-10 10:00:00+00'"};
  a.customer_name = "Doe, \"JJ\" Jane";
  a.customer_email = "jane@example.com";
  const auto order_a = InsertOrder(db, a);
  InsertItem(db, order_a, product, "Mug, large", "MUG-1", 2, "9.99");
  InsertItem(db, order_a, product, "=HYPERLINK(\"http://evil.example\")", "-SKU", 1, "0.50");
  db.Execute("UPDATE orders SET discount_code = 'SPRING', discount_amount = 1.00 WHERE id = " +
             std::to_string(order_a));
  OrderSpec b{"ORD-T" + tag + "-B", customer.id, "cancelled", "9.99", "'2026-01-12 23:59:59+00'"};
  b.customer_name = "Bob";
  InsertItem(db, InsertOrder(db, b), product, "Mug", "MUG-1", 1, "9.99");
  OrderSpec c{"ORD-T" + tag + "-C", customer.id, "pending", "9.99", "'2026-01-15 08:00:00+00'"};
  c.customer_name = "@Carol";
  InsertItem(db, InsertOrder(db, c), product, "Mug", "MUG-1", 1, "9.99");

  auto response = client.Get("/api/admin/orders/export.csv", admin.auth());
  ASSERT_EQ(response.status, 200) << response.body;
  EXPECT_EQ(response.header("content-type"), "text/csv; charset=utf-8");
  EXPECT_EQ(response.header("content-disposition"),
            "attachment; filename=\"orders-" + db.QueryValue("SELECT to_char(current_date, 'YYYY-MM-DD')") + ".csv\"");
  const auto lines = Lines(response.body);
  ASSERT_EQ(lines.size(), 5u) << response.body;
  EXPECT_EQ(lines[0],
            "Order number,Date,Status,Customer,Email,Product,SKU,Quantity,Price,Line total,Variant,Discount code,"
            "Order discount,Order total");
  // The order's discount and total on its first line only, so a column sum counts each order once.
  EXPECT_EQ(lines[1], "ORD-T" + tag +
                          "-A,2026-01-10T10:00:00Z,delivered,\"Doe, \"\"JJ\"\" Jane\",jane@example.com,\"Mug, "
                          "large\",MUG-1,2,9.99,19.98,,SPRING,1.00,20.48");
  EXPECT_EQ(lines[2], "ORD-T" + tag +
                          "-A,2026-01-10T10:00:00Z,delivered,\"Doe, \"\"JJ\"\" Jane\",jane@example.com,"
                          "\"'=HYPERLINK(\"\"http://evil.example\"\")\",'-SKU,1,0.50,0.50,,,,");
  EXPECT_EQ(lines[3].substr(0, lines[3].find(',')), "ORD-T" + tag + "-B");
  EXPECT_TRUE(lines[3].ends_with(",,0.00,9.99")) << lines[3];
  EXPECT_NE(lines[4].find(",'@Carol,"), std::string::npos) << lines[4];
  EXPECT_TRUE(response.body.ends_with("\r\n"));

  const auto numbers = [&](const std::string& query) {
    auto filtered = client.Get("/api/admin/orders/export.csv?" + query, admin.auth());
    EXPECT_EQ(filtered.status, 200) << query;
    std::vector<std::string> found;
    const auto rows = Lines(filtered.body);
    for (std::size_t i = 1; i < rows.size(); ++i) found.push_back(rows[i].substr(rows[i].find('-', 5) + 1, 1));
    return found;
  };
  EXPECT_EQ(numbers("status=cancelled"), (std::vector<std::string>{"B"}));
  EXPECT_EQ(numbers("from=2026-01-11&to=2026-01-12"), (std::vector<std::string>{"B"}));  // `to` is inclusive
  EXPECT_EQ(numbers("from=2026-01-12"), (std::vector<std::string>{"B", "C"}));
  EXPECT_EQ(numbers("to=2026-01-10"), (std::vector<std::string>{"A", "A"}));
  EXPECT_EQ(numbers("status=pending&to=2026-01-14"), (std::vector<std::string>{}));
}

TEST(AdminExport, ReadsMoreLinesThanOneCursorBatch) {
  TestDatabase db;
  TestServer server(db);
  const auto admin = CreateUser(db, "admin");
  const auto customer = CreateUser(db);
  const auto product = InsertProduct(db, "Pen", "1.00", 10);
  const auto order = InsertOrder(db, {"ORD-T" + Tag(), customer.id, "pending", "2500.00", "'2026-02-01 12:00:00+00'"});
  db.Execute(
      "INSERT INTO order_items (order_id, product_id, product_name, product_sku, quantity, price) "
      "SELECT " +
      std::to_string(order) + ", " + std::to_string(product) +
      ", 'Pen ' || g, 'PEN-' || g, 1, 1.00 FROM generate_series(1, 2500) AS g");

  auto response = server.client().Get("/api/admin/orders/export.csv?from=2026-02-01&to=2026-02-01", admin.auth());
  ASSERT_EQ(response.status, 200);
  const auto lines = Lines(response.body);
  ASSERT_EQ(lines.size(), 2501u);
  EXPECT_NE(lines[1].find(",Pen 1,PEN-1,"), std::string::npos) << lines[1];
  EXPECT_NE(lines[1000].find(",Pen 1000,"), std::string::npos) << lines[1000];
  EXPECT_NE(lines[1001].find(",Pen 1001,"), std::string::npos) << lines[1001];
  EXPECT_NE(lines[2500].find(",Pen 2500,PEN-2500,1,1.00,1.00"), std::string::npos) << lines[2500];
}

TEST(AdminExport, RejectsBadStatusAndDates) {
  const auto admin = CreateUser(Db(), "admin");
  auto client = SharedApi::client();
  const auto loc_of = [&](const std::string& query) {
    auto response = client.Get("/api/admin/orders/export.csv?" + query, admin.auth());
    EXPECT_EQ(response.status, 422) << query;
    return response.json()["detail"][0]["loc"];
  };
  EXPECT_EQ(loc_of("status=lost"), (json{"query", "status"}));
  EXPECT_EQ(loc_of("from=2026-02-30"), (json{"query", "from"}));
  EXPECT_EQ(loc_of("from=yesterday"), (json{"query", "from"}));
  EXPECT_EQ(loc_of("to=2026-1-5"), (json{"query", "to"}));
  EXPECT_EQ(loc_of("from=2026-03-02&to=2026-03-01"), (json{"query", "to"}));
}

// --- users --------------------------------------------------------------------------------

TEST(AdminUsers, SearchMatchesPartOfEmailOrFullNameInAnyCase) {
  const auto& db = Db();
  const auto admin = CreateUser(db, "admin");
  const std::string tag = Tag();
  for (const auto& [email, name] :
       std::vector<std::pair<std::string, std::string>>{{"ann-" + tag + "@example.com", "Ann Smith"},
                                                        {"bob-" + tag + "@example.com", "Bob Zq" + tag},
                                                        {"carl@" + tag + ".example.com", "Carl Jones"}}) {
    db.Execute("INSERT INTO users (email, hashed_password, full_name) VALUES ('" + email + "', '!', '" + name + "')");
  }
  auto client = SharedApi::client();
  auto all = client.Get("/api/admin/users?search=" + tag, admin.auth());
  ASSERT_EQ(all.status, 200) << all.body;
  EXPECT_EQ(all.json()["total"], 3);
  const auto first = all.json()["items"][0];
  EXPECT_EQ(first["email"], "carl@" + tag + ".example.com");  // newest first
  for (const char* key : {"id", "email", "full_name", "role", "is_active", "is_verified", "created_at", "updated_at"}) {
    EXPECT_TRUE(first.contains(key)) << key;
  }
  EXPECT_FALSE(first.contains("hashed_password"));

  EXPECT_EQ(client.Get("/api/admin/users?search=ZQ" + tag, admin.auth()).json()["total"], 1);    // full name
  EXPECT_EQ(client.Get("/api/admin/users?search=ANN-" + tag, admin.auth()).json()["total"], 1);  // email

  auto paged = client.Get("/api/admin/users?size=2&page=2&search=" + tag, admin.auth());
  EXPECT_EQ(paged.json()["items"].size(), 1u);
  EXPECT_EQ(paged.json()["pages"], 2);
  EXPECT_EQ(client.Get("/api/admin/users?size=101", admin.auth()).status, 422);
}

TEST(AdminUsers, PromotesAndDemotesOtherUsers) {
  const auto& db = Db();
  const auto admin = CreateUser(db, "admin");
  const auto customer = CreateUser(db);
  auto client = SharedApi::client();
  const std::string path = "/api/admin/users/" + std::to_string(customer.id);
  const auto before = db.QueryValue("SELECT updated_at FROM users WHERE id = " + std::to_string(customer.id));

  auto promoted = client.Put(path, {{"role", "admin"}}, admin.auth());
  ASSERT_EQ(promoted.status, 200) << promoted.body;
  EXPECT_EQ(promoted.json()["role"], "admin");
  EXPECT_EQ(promoted.json()["id"], customer.id);
  EXPECT_TRUE(promoted.json()["is_active"]);
  EXPECT_NE(db.QueryValue("SELECT updated_at FROM users WHERE id = " + std::to_string(customer.id)), before);
  // The promoted user's existing token works for admin routes at once.
  EXPECT_EQ(client.Get("/api/admin/stats?days=1", customer.auth()).status, 200);

  auto unchanged = client.Put(path, json::object(), admin.auth());
  EXPECT_EQ(unchanged.status, 200);
  EXPECT_EQ(unchanged.json()["role"], "admin");

  auto demoted = client.Put(path, {{"role", "customer"}}, admin.auth());
  EXPECT_EQ(demoted.json()["role"], "customer");
  EXPECT_EQ(client.Get("/api/admin/stats?days=1", customer.auth()).status, 403);
}

TEST(AdminUsers, DeactivationEndsSessionsAndRefusesTheAccessTokenAtOnce) {
  const auto& db = Db();
  const auto admin = CreateUser(db, "admin");
  const auto other_admin = CreateUser(db, "admin");
  const auto id = std::to_string(other_admin.id);
  db.Execute("INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at) VALUES (" + id +
             ", gen_random_uuid(), '\\x" + crypto::Hex(crypto::RandomToken(32)) + "', now() + interval '7 days')");
  auto client = SharedApi::client();
  ASSERT_EQ(client.Get("/api/admin/stats?days=1", other_admin.auth()).status, 200);  // now remembered as active

  auto response = client.Put("/api/admin/users/" + id, {{"is_active", false}}, admin.auth());
  ASSERT_EQ(response.status, 200) << response.body;
  EXPECT_FALSE(response.json()["is_active"]);
  EXPECT_EQ(db.QueryValue("SELECT count(*) FROM refresh_tokens WHERE user_id = " + id + " AND revoked_at IS NULL"),
            "0");
  auto refused = client.Get("/api/admin/stats?days=1", other_admin.auth());
  EXPECT_EQ(refused.status, 401);
  EXPECT_EQ(refused.header("www-authenticate"), "Bearer");

  EXPECT_EQ(client.Put("/api/admin/users/" + id, {{"is_active", true}}, admin.auth()).status, 200);
  EXPECT_EQ(client.Get("/api/admin/stats?days=1", other_admin.auth()).status, 401)
      << "the sessions ended with the deactivation stay ended: the user signs in again";
}

TEST(AdminUsers, ADeactivatedCustomerIsSignedOutEverywhereAtOnce) {
  const auto& db = Db();
  const auto admin = CreateUser(db, "admin");
  const auto customer = CreateUser(db);
  auto client = SharedApi::client();
  ASSERT_EQ(client.Get("/api/auth/me", customer.auth()).status, 200);
  ASSERT_EQ(client.Put("/api/admin/users/" + std::to_string(customer.id), {{"is_active", false}}, admin.auth()).status,
            200);
  EXPECT_EQ(client.Get("/api/auth/me", customer.auth()).status, 401);
}

TEST(AdminUsers, AnAdminCannotDemoteOrDeactivateThemself) {
  const auto& db = Db();
  const auto admin = CreateUser(db, "admin");
  auto client = SharedApi::client();
  const std::string path = "/api/admin/users/" + std::to_string(admin.id);
  auto demote = client.Put(path, {{"role", "customer"}}, admin.auth());
  EXPECT_EQ(demote.status, 400);
  EXPECT_TRUE(demote.json()["detail"].is_string());
  EXPECT_EQ(client.Put(path, {{"is_active", false}}, admin.auth()).status, 400);
  EXPECT_EQ(db.QueryValue("SELECT role || ' ' || is_active FROM users WHERE id = " + std::to_string(admin.id)),
            "admin true");
  EXPECT_EQ(client.Put(path, {{"role", "admin"}, {"is_active", true}}, admin.auth()).status, 200);
}

TEST(AdminUsers, RejectsUnknownUsersAndBadInput) {
  const auto admin = CreateUser(Db(), "admin");
  const auto customer = CreateUser(Db());
  auto client = SharedApi::client();
  const std::string path = "/api/admin/users/" + std::to_string(customer.id);
  EXPECT_EQ(client.Put("/api/admin/users/999999999", {{"role", "admin"}}, admin.auth()).status, 404);
  auto bad_id = client.Put("/api/admin/users/abc", {{"role", "admin"}}, admin.auth());
  EXPECT_EQ(bad_id.status, 422);
  EXPECT_EQ(bad_id.json()["detail"][0]["loc"], (json{"path", "id"}));
  auto bad_fields = client.Put(path, {{"role", "owner"}, {"is_active", "yes"}}, admin.auth());
  ASSERT_EQ(bad_fields.status, 422);
  EXPECT_EQ(bad_fields.json()["detail"].size(), 2u);
  EXPECT_EQ(
      client
          .Send("PUT", path, "role=admin", {{"Authorization", "Bearer " + admin.token}, {"Content-Type", "text/plain"}})
          .status,
      415);
  EXPECT_EQ(client
                .Send("PUT", path, "{not json",
                      {{"Authorization", "Bearer " + admin.token}, {"Content-Type", "application/json"}})
                .status,
            422);
}

// --- access -------------------------------------------------------------------------------

TEST(AdminAccess, EveryAdminRouteIs401WithoutTokenAnd403ForACustomer) {
  const auto customer = CreateUser(Db());
  auto client = SharedApi::client();
  const std::string user_path = "/api/admin/users/" + std::to_string(customer.id);
  const std::vector<std::pair<std::string, std::string>> routes = {{"GET", "/api/admin/stats"},
                                                                   {"GET", "/api/admin/orders"},
                                                                   {"GET", "/api/admin/orders/export.csv"},
                                                                   {"GET", "/api/admin/users"},
                                                                   {"PUT", user_path}};
  const Headers json_type = {{"Content-Type", "application/json"}};
  for (const auto& [method, path] : routes) {
    auto anonymous = client.Send(method, path, method == "PUT" ? R"({"role":"admin"})" : "", json_type);
    EXPECT_EQ(anonymous.status, 401) << method << " " << path;
    EXPECT_EQ(anonymous.header("www-authenticate"), "Bearer") << path;
    Headers as_customer = customer.auth();
    as_customer.emplace_back("Content-Type", "application/json");
    auto forbidden = client.Send(method, path, method == "PUT" ? R"({"role":"admin"})" : "", as_customer);
    EXPECT_EQ(forbidden.status, 403) << method << " " << path;
  }
  EXPECT_EQ(Db().QueryValue("SELECT role FROM users WHERE id = " + std::to_string(customer.id)), "customer");
}

}  // namespace
}  // namespace shop::testing
