#include "auth/auth_routes.hpp"

#include "auth/password.hpp"
#include "http/validation.hpp"

namespace shop::auth {
namespace {

// Passwords are taken as typed: never trimmed.
constexpr http::StringRule kPasswordRule{.min_length = 1, .max_length = 4096, .trim = false};
constexpr http::StringRule kTokenRule{.min_length = 1, .max_length = 4096, .trim = true};
constexpr http::StringRule kFullNameRule{.min_length = 1, .max_length = 200, .trim = true};

constexpr std::string_view kEmailSentMessage =
    "If an account exists for this email, we have sent it a message with further instructions.";

// A password the user chooses now: the rules of CheckNewPassword, reported as field errors.
std::string NewPassword(http::Fields& fields, std::string_view key) {
  const auto* raw = fields.Raw(key);
  if (raw == nullptr || !raw->is_string()) return fields.String(key, kPasswordRule);  // records the problem
  std::string password = raw->get<std::string>();
  if (auto problem = CheckNewPassword(password)) fields.Add({"body", std::string(key)}, problem->msg, problem->type);
  return password;
}

http::Response Message(std::string_view message) { return http::Response::Json(200, {{"message", message}}); }

Result<http::Response> RespondStatus(const Status& status, std::string_view message) {
  if (!status) return status.error();
  return Message(message);
}

// Requests that carry nothing but an email address.
Result<std::string> EmailOnly(const http::Request& request) {
  SHOP_TRY(body, http::ParseJsonBody(request));
  http::Fields fields(*body);
  std::string email = fields.Email("email");
  if (auto valid = fields.Finish(); !valid) return std::move(valid).error();
  return email;
}

}  // namespace

Result<http::Response> Register(AuthService& service, const http::Request& request) {
  SHOP_TRY(body, http::ParseJsonBody(request));
  http::Fields fields(*body);
  Registration registration{fields.Email("email"), NewPassword(fields, "password"),
                            fields.String("full_name", kFullNameRule)};
  if (auto valid = fields.Finish(); !valid) return valid.error();
  return http::Respond(service.Register(registration, request.remote_address), 201,
                       [](const User& user) { return ToJson(user); });
}

Result<http::Response> VerifyEmail(AuthService& service, const http::Request& request) {
  http::Fields fields;
  if (!request.Query("token")) fields.Add({"query", "token"}, "Field required", "missing");
  const auto token = fields.QueryString(request, "token", kTokenRule.max_length);
  if (auto valid = fields.Finish(); !valid) return valid.error();
  return RespondStatus(service.VerifyEmail(token.value_or("")), "Email verified. You can now sign in.");
}

Result<http::Response> ResendVerification(AuthService& service, const http::Request& request) {
  SHOP_TRY(email, EmailOnly(request));
  return RespondStatus(service.ResendVerification(*email, request.remote_address), kEmailSentMessage);
}

Result<http::Response> Login(AuthService& service, const http::Request& request) {
  SHOP_TRY(body, http::ParseJsonBody(request));
  http::Fields fields(*body);
  const std::string email = fields.Email("email");
  const std::string password = fields.String("password", kPasswordRule);
  if (auto valid = fields.Finish(); !valid) return valid.error();
  return http::Respond(service.Login(email, password, request.remote_address), 200,
                       [](const TokenPair& tokens) { return ToJson(tokens); });
}

Result<http::Response> Refresh(AuthService& service, const http::Request& request) {
  SHOP_TRY(body, http::ParseJsonBody(request));
  http::Fields fields(*body);
  const std::string token = fields.String("refresh_token", kTokenRule);
  if (auto valid = fields.Finish(); !valid) return valid.error();
  return http::Respond(service.Refresh(token), 200, [](const TokenPair& tokens) { return ToJson(tokens); });
}

Result<http::Response> Logout(AuthService& service, const http::Request& request) {
  SHOP_TRY(body, http::ParseJsonBody(request));
  http::Fields fields(*body);
  const std::string token = fields.String("refresh_token", kTokenRule);
  if (auto valid = fields.Finish(); !valid) return valid.error();
  service.Logout(token);
  return http::Response::NoContent();
}

Result<http::Response> GetMe(AuthService& service, const http::Request& request) {
  return http::Respond(service.Me(request.Caller().user_id), 200, [](const User& user) { return ToJson(user); });
}

Result<http::Response> UpdateMe(AuthService& service, const http::Request& request) {
  SHOP_TRY(body, http::ParseJsonBody(request));
  http::Fields fields(*body);
  const std::string full_name = fields.String("full_name", kFullNameRule);
  if (auto valid = fields.Finish(); !valid) return valid.error();
  return http::Respond(service.UpdateMe(request.Caller().user_id, full_name), 200,
                       [](const User& user) { return ToJson(user); });
}

Result<http::Response> ChangePassword(AuthService& service, const http::Request& request) {
  SHOP_TRY(body, http::ParseJsonBody(request));
  http::Fields fields(*body);
  const std::string current = fields.String("current_password", kPasswordRule);
  const std::string replacement = NewPassword(fields, "new_password");
  if (auto valid = fields.Finish(); !valid) return valid.error();
  if (auto changed = service.ChangePassword(request.Caller().user_id, current, replacement, request.remote_address);
      !changed) {
    return changed.error();
  }
  return http::Response::NoContent();
}

Result<http::Response> ForgotPassword(AuthService& service, const http::Request& request) {
  SHOP_TRY(email, EmailOnly(request));
  return RespondStatus(service.ForgotPassword(*email, request.remote_address), kEmailSentMessage);
}

Result<http::Response> ResetPassword(AuthService& service, const http::Request& request) {
  SHOP_TRY(body, http::ParseJsonBody(request));
  http::Fields fields(*body);
  const std::string token = fields.String("token", kTokenRule);
  const std::string password = NewPassword(fields, "new_password");
  if (auto valid = fields.Finish(); !valid) return valid.error();
  return RespondStatus(service.ResetPassword(token, password), "Your password has been reset. You can now sign in.");
}

}  // namespace shop::auth
