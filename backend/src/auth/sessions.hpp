// Ending a user's sessions: used on password change and reset, and when an admin deactivates them.
#pragma once

#include <cstdint>

#include "db/connection.hpp"

namespace shop::auth {

// Revokes every refresh token of the user that is still live. Access tokens of a deactivated
// user are refused by the Authenticator; call its Forget() after changing the user.
void RevokeUserSessions(db::Connection& connection, std::int64_t user_id);

}  // namespace shop::auth
