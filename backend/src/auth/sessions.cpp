#include "auth/sessions.hpp"

namespace shop::auth {
namespace {

constexpr db::Statement kRevokeUser{
    "auth_revoke_user_sessions",
    "UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL"};

}  // namespace

void RevokeUserSessions(db::Connection& connection, std::int64_t user_id) { connection.Exec(kRevokeUser, {user_id}); }

}  // namespace shop::auth
