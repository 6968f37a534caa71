#include "auth/sessions.hpp"

namespace shop::auth {
namespace {

constexpr db::Statement kSessionVersion{"auth_session_version", "SELECT token_version FROM users WHERE id = $1"};
constexpr db::Statement kEndAccessTokens{"auth_end_access_tokens",
                                         "UPDATE users SET token_version = token_version + 1 WHERE id = $1"};
constexpr db::Statement kRevokeRefreshTokens{
    "auth_revoke_user_sessions",
    "UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL"};
constexpr db::Statement kUseUpLinks{"auth_use_up_user_tokens",
                                    "UPDATE user_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL"};

}  // namespace

std::int64_t SessionVersion(db::Connection& connection, std::int64_t user_id) {
  const auto rows = connection.Exec(kSessionVersion, {user_id});
  return rows.empty() ? 0 : rows.front().Int("token_version");
}

void EndAccessTokens(db::Connection& connection, std::int64_t user_id) { connection.Exec(kEndAccessTokens, {user_id}); }

void RevokeUserSessions(db::Connection& connection, std::int64_t user_id) {
  connection.Exec(kRevokeRefreshTokens, {user_id});
  EndAccessTokens(connection, user_id);
  connection.Exec(kUseUpLinks, {user_id});
}

}  // namespace shop::auth
