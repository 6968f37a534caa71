// Handlers of /api/auth: parse and validate the request, call the AuthService, shape the answer.
// Bound to their routes in app/routes.cpp; the OpenAPI document describes each.
#pragma once

#include "auth/auth_service.hpp"
#include "http/router.hpp"

namespace shop::auth {

http::HandlerOf<AuthService> Register, VerifyEmail, ResendVerification, Login, Refresh, Logout, GetMe, UpdateMe,
    ChangePassword, ForgotPassword, ResetPassword;

}  // namespace shop::auth
