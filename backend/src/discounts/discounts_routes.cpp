#include "discounts/discounts_routes.hpp"

#include "http/validation.hpp"

namespace shop::discounts {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxSearchLength = 64;
constexpr Money kMaxFixedValue = Money::FromCents(100'000'000);  // 1 000 000.00
constexpr Money kMaxPercentage = Money::FromCents(10'000);       // 100 %

json CodeJson(const DiscountCode& code) { return ToJson(code); }

// DiscountCodeInput (docs/api.md); every rule that spans fields is reported with the fields.
DiscountRules ReadRules(http::Fields& fields) {
  DiscountRules rules;
  rules.code = NormalizeCode(fields.String("code", {.max_length = 32}));
  if (fields.Has("code") && !IsValidCode(rules.code)) {
    fields.Add({"body", "code"}, "A code is 3 to 32 letters, digits, - and _", "string_pattern_mismatch");
  }
  rules.kind = ParseKind(fields.OneOf("kind", {"percentage", "fixed"})).value_or(Kind::kPercentage);
  rules.value = fields.Price("value");
  if (fields.Has("value") && rules.value == Money()) {
    fields.Add({"body", "value"}, "Input should be greater than 0", "greater_than");
  }
  const Money most = rules.kind == Kind::kPercentage ? kMaxPercentage : kMaxFixedValue;
  if (rules.value > most) {
    fields.Add({"body", "value"},
               rules.kind == Kind::kPercentage ? "A percentage is at most 100" : "An amount is at most 1000000",
               "less_than_equal");
  }
  rules.min_subtotal = fields.OptPrice("min_subtotal");
  rules.starts_at = fields.OptDateTime("starts_at");
  rules.ends_at = fields.OptDateTime("ends_at");
  if (rules.starts_at && rules.ends_at && *rules.ends_at <= *rules.starts_at) {
    fields.Add({"body", "ends_at"}, "The end should be after the start", "value_error");
  }
  rules.usage_limit = fields.OptInt("usage_limit", 1, 1'000'000'000);
  rules.once_per_customer = fields.OptBool("once_per_customer").value_or(false);
  rules.is_active = fields.OptBool("is_active").value_or(true);
  return rules;
}

}  // namespace

Result<http::Response> ListDiscountCodes(DiscountService& service, const http::Request& request) {
  http::Fields fields;
  const auto page = fields.Page(request);
  const auto search = fields.QueryString(request, "search", kMaxSearchLength);
  if (auto valid = fields.Finish(); !valid) return std::move(valid).error();
  return http::PageResponse(service.List(search, page.size, page.offset()), page, CodeJson);
}

Result<http::Response> CreateDiscountCode(DiscountService& service, const http::Request& request) {
  SHOP_TRY(rules, http::ReadJsonBody(request, ReadRules));
  return http::Respond(service.Create(*rules), 201, CodeJson);
}

Result<http::Response> ShowDiscountCode(DiscountService& service, const http::Request& request) {
  SHOP_TRY(id, http::PathId(request, "id"));
  return http::Respond(service.Get(*id), 200, CodeJson);
}

// The fields sent replace those of the code; the rest stay (the body is merged into the code's
// input, then checked as a whole, so the errors name the fields as they were sent).
Result<http::Response> UpdateDiscountCode(DiscountService& service, const http::Request& request) {
  SHOP_TRY(id, http::PathId(request, "id"));
  SHOP_TRY(body, http::ParseJsonBody(request));
  SHOP_TRY(code, service.Get(*id));
  json merged = ToInputJson(*code);
  merged.update(*body);
  SHOP_TRY(rules, http::ReadJson(merged, ReadRules));
  return http::Respond(service.Update(*id, *rules), 200, CodeJson);
}

Result<http::Response> DeleteDiscountCode(DiscountService& service, const http::Request& request) {
  SHOP_TRY(id, http::PathId(request, "id"));
  SHOP_TRY(removed, service.Remove(*id));
  return http::Response::NoContent();
}

}  // namespace shop::discounts
