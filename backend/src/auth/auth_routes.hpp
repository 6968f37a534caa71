// Handlers of /api/auth: parse and validate the request, call the AuthService, shape the answer.
#pragma once

#include "auth/auth_service.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace shop::auth {

Result<http::Response> Register(AuthService& service, const http::Request& request);
Result<http::Response> VerifyEmail(AuthService& service, const http::Request& request);
Result<http::Response> ResendVerification(AuthService& service, const http::Request& request);
Result<http::Response> Login(AuthService& service, const http::Request& request);
Result<http::Response> Refresh(AuthService& service, const http::Request& request);
Result<http::Response> Logout(AuthService& service, const http::Request& request);
Result<http::Response> GetMe(AuthService& service, const http::Request& request);
Result<http::Response> UpdateMe(AuthService& service, const http::Request& request);
Result<http::Response> ChangePassword(AuthService& service, const http::Request& request);
Result<http::Response> ForgotPassword(AuthService& service, const http::Request& request);
Result<http::Response> ResetPassword(AuthService& service, const http::Request& request);

}  // namespace shop::auth
