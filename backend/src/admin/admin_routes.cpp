#include "admin/admin_routes.hpp"

#include <chrono>
#include <cstdio>

#include "common/datetime.hpp"
#include "http/input_text.hpp"
#include "http/validation.hpp"

namespace shop::admin {
namespace {

using http::Fields;
using http::Request;
using http::Response;
using nlohmann::json;

constexpr std::size_t kMaxSearchLength = 200;

// An order status from the query; absent or blank is no filter, anything unknown a field error.
std::optional<orders::OrderStatus> StatusQuery(Fields& fields, const Request& request) {
  auto text = fields.QueryString(request, "status", 32);
  if (!text) return std::nullopt;
  auto status = orders::ParseStatus(*text);
  if (!status) fields.Add({"query", "status"}, "Input should be " + http::JoinAllowed(orders::kStatusNames), "enum");
  return status;
}

// A "YYYY-MM-DD" date from the query; absent or blank is no filter, anything else a field error.
std::optional<std::string> DateQuery(Fields& fields, const Request& request, std::string_view name) {
  auto text = fields.QueryString(request, name, 32);
  if (!text) return std::nullopt;
  if (!datetime::IsIsoDate(*text)) {
    fields.Add({"query", std::string(name)}, "Input should be a valid date in the format YYYY-MM-DD",
               "date_from_datetime_parsing");
    return std::nullopt;
  }
  return text;
}

// Today's UTC date, "YYYY-MM-DD".
std::string TodayUtc() {
  const std::chrono::year_month_day today{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(today.year()),
                static_cast<unsigned>(today.month()), static_cast<unsigned>(today.day()));
  return text;
}

}  // namespace

Result<Response> Stats(AdminService& admin, const Request& request) {
  Fields fields;
  const auto days = fields.QueryInt(request, "days", 30, 1, 365);
  if (auto valid = fields.Finish(); !valid) return valid.error();
  // Admins refreshing the dashboard share one query per window until something it counts changes.
  const auto body =
      admin.stats_cache().Get(days, [&admin, days] { return Response::Json(200, ToJson(admin.Stats(days))).body; });
  Response response;
  response.body = *body;
  return response;
}

Result<Response> ListOrders(AdminService& admin, const Request& request) {
  Fields fields;
  const auto page = fields.Page(request);
  OrderFilter filter{StatusQuery(fields, request), fields.QueryString(request, "search", kMaxSearchLength)};
  if (auto valid = fields.Finish(); !valid) return valid.error();
  return http::PageResponse(admin.ListOrders(filter, page.size, page.offset()), page,
                            [](const auto& order) { return orders::ToJson(order); });
}

Result<Response> ExportOrders(AdminService& admin, const Request& request) {
  Fields fields;
  ExportFilter filter{StatusQuery(fields, request), DateQuery(fields, request, "from"),
                      DateQuery(fields, request, "to")};
  if (filter.from && filter.to && *filter.to < *filter.from) {
    fields.Add({"query", "to"}, "Input should not be before 'from'", "value_error");
  }
  if (auto valid = fields.Finish(); !valid) return valid.error();
  Response response;
  response.content_type = "text/csv; charset=utf-8";
  response.body = admin.ExportOrdersCsv(filter);
  response.WithHeader("Content-Disposition", "attachment; filename=\"orders-" + TodayUtc() + ".csv\"");
  response.WithHeader("Cache-Control", "no-store");
  return response;
}

Result<Response> ListUsers(AdminService& admin, const Request& request) {
  Fields fields;
  const auto page = fields.Page(request);
  const auto search = fields.QueryString(request, "search", kMaxSearchLength);
  if (auto valid = fields.Finish(); !valid) return valid.error();
  return http::PageResponse(admin.ListUsers(search, page.size, page.offset()), page,
                            [](const auto& user) { return auth::ToJson(user); });
}

Result<Response> UpdateUser(AdminService& admin, const Request& request) {
  SHOP_TRY(body, http::ParseJsonBody(request));
  Fields fields(*body);
  const auto user_id = fields.PathId(request, "id");
  UserChange change;
  if (const auto* role = fields.Raw("role"); role != nullptr && !role->is_null()) {
    change.role = fields.OneOf("role", {"customer", "admin"});
  }
  change.is_active = fields.OptBool("is_active");
  if (auto valid = fields.Finish(); !valid) return valid.error();
  return http::Respond(admin.UpdateUser(request.Caller().user_id, user_id, change), 200,
                       [](const auth::User& user) { return auth::ToJson(user); });
}

}  // namespace shop::admin
