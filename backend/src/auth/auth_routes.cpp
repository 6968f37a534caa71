#include "auth/auth_routes.hpp"

#include "auth/password.hpp"
#include "http/validation.hpp"

namespace shop::auth {
namespace {

using nlohmann::json;

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
  return http::ReadJsonBody(request, [](http::Fields& fields) { return fields.Email("email"); });
}

// Requests that carry nothing but a token.
Result<std::string> TokenOnly(const http::Request& request, std::string_view key) {
  return http::ReadJsonBody(request, [key](http::Fields& fields) { return fields.String(key, kTokenRule); });
}

json TokensJson(const TokenPair& tokens) { return ToJson(tokens); }
json UserJson(const User& user) { return ToJson(user); }

}  // namespace

Result<http::Response> Register(AuthService& service, const http::Request& request) {
  SHOP_TRY(registration, http::ReadJsonBody(request, [](http::Fields& fields) {
             return Registration{fields.Email("email"), NewPassword(fields, "password"),
                                 fields.String("full_name", kFullNameRule)};
           }));
  return http::Respond(service.Register(*registration, request.remote_address), 201, UserJson);
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
  SHOP_TRY(credentials, http::ReadJsonBody(request, [](http::Fields& fields) {
             return std::pair{fields.Email("email"), fields.String("password", kPasswordRule)};
           }));
  const auto& [email, password] = *credentials;
  return http::Respond(service.Login(email, password, request.remote_address), 200, TokensJson);
}

Result<http::Response> Refresh(AuthService& service, const http::Request& request) {
  SHOP_TRY(token, TokenOnly(request, "refresh_token"));
  return http::Respond(service.Refresh(*token), 200, TokensJson);
}

Result<http::Response> Logout(AuthService& service, const http::Request& request) {
  SHOP_TRY(token, TokenOnly(request, "refresh_token"));
  service.Logout(*token);
  return http::Response::NoContent();
}

Result<http::Response> GetMe(AuthService& service, const http::Request& request) {
  return http::Respond(service.Me(request.Caller().user_id), 200, UserJson);
}

Result<http::Response> UpdateMe(AuthService& service, const http::Request& request) {
  SHOP_TRY(full_name,
           http::ReadJsonBody(request, [](http::Fields& fields) { return fields.String("full_name", kFullNameRule); }));
  return http::Respond(service.UpdateMe(request.Caller().user_id, *full_name), 200, UserJson);
}

Result<http::Response> ChangePassword(AuthService& service, const http::Request& request) {
  SHOP_TRY(passwords, http::ReadJsonBody(request, [](http::Fields& fields) {
             return std::pair{fields.String("current_password", kPasswordRule), NewPassword(fields, "new_password")};
           }));
  const auto& [current, replacement] = *passwords;
  SHOP_TRY(changed, service.ChangePassword(request.Caller().user_id, current, replacement, request.remote_address));
  return http::Response::NoContent();
}

Result<http::Response> ForgotPassword(AuthService& service, const http::Request& request) {
  SHOP_TRY(email, EmailOnly(request));
  return RespondStatus(service.ForgotPassword(*email, request.remote_address), kEmailSentMessage);
}

Result<http::Response> ResetPassword(AuthService& service, const http::Request& request) {
  SHOP_TRY(reset, http::ReadJsonBody(request, [](http::Fields& fields) {
             return std::pair{fields.String("token", kTokenRule), NewPassword(fields, "new_password")};
           }));
  const auto& [token, password] = *reset;
  return RespondStatus(service.ResetPassword(token, password), "Your password has been reset. You can now sign in.");
}

}  // namespace shop::auth
