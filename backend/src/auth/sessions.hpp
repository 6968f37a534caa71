// Ending a user's sessions: on logout, password change and reset, and when an admin deactivates
// them. Access tokens are not stored; they end by the user's session version (users.token_version),
// which every access token carries and the Authenticator compares on each request.
#pragma once

#include <cstdint>

#include "db/connection.hpp"

namespace shop::auth {

// The user's session version now: what new tokens carry.
std::int64_t SessionVersion(db::Connection& connection, std::int64_t user_id);

// Moves the user's session version on: every access token issued so far stops working. Call the
// Authenticator's Forget() after the commit, so that this process sees the change at once.
void EndAccessTokens(db::Connection& connection, std::int64_t user_id);

// Ends every way into the account but the password: revokes every live refresh token, ends the
// access tokens (EndAccessTokens) and uses up every emailed link (reset, verification) not used yet.
void RevokeUserSessions(db::Connection& connection, std::int64_t user_id);

}  // namespace shop::auth
