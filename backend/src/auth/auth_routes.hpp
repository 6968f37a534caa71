// Handlers of /api/auth: parse and validate the request, call the AuthService, shape the answer.
#pragma once

#include "auth/auth_service.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace shop::auth {

http::Response Register(const http::Request& request, AuthService& service);
http::Response VerifyEmail(const http::Request& request, AuthService& service);
http::Response ResendVerification(const http::Request& request, AuthService& service);
http::Response Login(const http::Request& request, AuthService& service);
http::Response Refresh(const http::Request& request, AuthService& service);
http::Response Logout(const http::Request& request, AuthService& service);
http::Response GetMe(const http::Request& request, AuthService& service);
http::Response UpdateMe(const http::Request& request, AuthService& service);
http::Response ChangePassword(const http::Request& request, AuthService& service);
http::Response ForgotPassword(const http::Request& request, AuthService& service);
http::Response ResetPassword(const http::Request& request, AuthService& service);

}  // namespace shop::auth
