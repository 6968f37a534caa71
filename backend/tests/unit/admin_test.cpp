// The back office's pure logic: CSV writing and its formula guard, the self-change rule, the
// statistics' JSON, and that the route table guards every admin route.
#include "admin/admin.hpp"

#include <gtest/gtest.h>

#include "admin/admin_service.hpp"
#include "admin/csv.hpp"
#include "app/routes.hpp"

namespace shop::admin {
namespace {

std::string Field(std::string_view text) {
  std::string out;
  AppendCsvField(out, text);
  return out;
}

TEST(Csv, PlainFieldsAreWrittenAsTheyAre) {
  EXPECT_EQ(Field("Gift Box"), "Gift Box");
  EXPECT_EQ(Field(""), "");
  EXPECT_EQ(Field("19.99"), "19.99");
  EXPECT_EQ(Field("2026-11-25T10:00:00Z"), "2026-11-25T10:00:00Z");
}

TEST(Csv, FieldsWithCommaQuoteOrLineBreakAreQuotedWithQuotesDoubled) {
  EXPECT_EQ(Field("Doe, Jane"), "\"Doe, Jane\"");
  EXPECT_EQ(Field("The \"Best\" Mug"), "\"The \"\"Best\"\" Mug\"");
  EXPECT_EQ(Field("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(Field("carriage\rreturn"), "\"carriage\rreturn\"");
}

TEST(Csv, FieldsThatLookLikeFormulasGetALeadingQuote) {
  EXPECT_EQ(Field("=HYPERLINK(\"http://evil\")"), "\"'=HYPERLINK(\"\"http://evil\"\")\"");
  EXPECT_EQ(Field("+1"), "'+1");
  EXPECT_EQ(Field("-2"), "'-2");
  EXPECT_EQ(Field("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(Field("\tcmd"), "'\tcmd");
  EXPECT_EQ(Field("a=b"), "a=b");
  EXPECT_EQ(Field("=1,2"), "\"'=1,2\"");
}

TEST(Csv, RowsAreCommaSeparatedAndEndWithCrlf) {
  std::string out;
  AppendCsvRow(out, {"a", "b,c", ""});
  AppendCsvRow(out, {"d"});
  EXPECT_EQ(out, "a,\"b,c\",\r\nd\r\n");
}

TEST(SelfChange, AnAdminCannotDemoteOrDeactivateThemself) {
  const auto demote = CheckSelfChange(7, 7, {.role = "customer"});
  ASSERT_FALSE(demote.ok());
  EXPECT_EQ(demote.error().code, Errc::kBadRequest);
  const auto deactivate = CheckSelfChange(7, 7, {.is_active = false});
  ASSERT_FALSE(deactivate.ok());
  EXPECT_EQ(deactivate.error().code, Errc::kBadRequest);
}

TEST(SelfChange, HarmlessChangesOfOneselfAndChangesOfOthersAreAllowed) {
  EXPECT_TRUE(CheckSelfChange(7, 7, {.role = "admin", .is_active = true}).ok());
  EXPECT_TRUE(CheckSelfChange(7, 7, {}).ok());
  EXPECT_TRUE(CheckSelfChange(7, 8, {.role = "customer", .is_active = false}).ok());
}

TEST(StatsJson, HasEveryFieldWithMoneyAsNumbersAndRecentOrdersWithoutItems) {
  DashboardStats stats;
  stats.total_users = 3;
  stats.total_revenue = Money::FromCents(123456);
  stats.orders_by_status = {{orders::OrderStatus::kPending, 2}, {orders::OrderStatus::kCancelled, 0}};
  stats.revenue_by_day = {{"2026-11-25", 2, Money::FromCents(1999)}};
  stats.top_products = {{42, "Mug", 5, Money::FromCents(5000)}};
  orders::Order order;
  order.id = 9;
  order.items.push_back({});
  stats.recent_orders = {order};

  const auto json = ToJson(stats);
  for (const char* key :
       {"total_users", "total_products", "active_products", "total_orders", "total_revenue", "pending_orders",
        "low_stock_products", "orders_by_status", "revenue_by_day", "top_products", "recent_orders"}) {
    EXPECT_TRUE(json.contains(key)) << key;
  }
  EXPECT_EQ(json["total_revenue"], 1234.56);
  EXPECT_EQ(json["orders_by_status"], (nlohmann::json{{"pending", 2}, {"cancelled", 0}}));
  EXPECT_EQ(json["revenue_by_day"][0], (nlohmann::json{{"date", "2026-11-25"}, {"orders", 2}, {"revenue", 19.99}}));
  EXPECT_EQ(json["top_products"][0],
            (nlohmann::json{{"product_id", 42}, {"name", "Mug"}, {"quantity_sold", 5}, {"revenue", 50.0}}));
  EXPECT_EQ(json["recent_orders"][0]["id"], 9);
  EXPECT_FALSE(json["recent_orders"][0].contains("items"));
}

// The one place that decides who may call an admin route is the route table: every route under
// /api/admin must require an admin.
TEST(AdminRoutes, EveryAdminRouteRequiresAnAdmin) {
  app::Config config;
  db::Pool pool("postgresql://nobody@/nowhere", 1);  // never connected by building routes
  app::AppServices app_services(config, pool);
  const auto router = app::BuildRouter(app_services.services());
  int admin_routes = 0;
  for (const auto& route : router.routes()) {
    if (!route.pattern.starts_with("/api/admin/")) continue;
    ++admin_routes;
    EXPECT_EQ(route.access, http::Access::kAdmin) << route.pattern;
  }
  EXPECT_GE(admin_routes, 5);
}

}  // namespace
}  // namespace shop::admin
