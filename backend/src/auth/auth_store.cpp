#include "auth/auth_store.hpp"

#include "common/crypto.hpp"

namespace shop::auth::store {
namespace {

constexpr db::Statement kInsertUser{
    "auth_insert_user",
    "INSERT INTO users (email, hashed_password, full_name) VALUES ($1, $2, $3) RETURNING id, email, full_name, role, "
    "is_active, is_verified, created_at, updated_at"};
constexpr db::Statement kFindUser{
    "auth_find_user",
    "SELECT id, email, full_name, role, is_active, is_verified, created_at, updated_at FROM users WHERE id = $1"};
constexpr db::Statement kCredentialsByEmail{"auth_credentials_by_email",
                                            "SELECT id, email, full_name, role, is_active, is_verified, created_at, "
                                            "updated_at, hashed_password FROM users WHERE email = $1"};
constexpr db::Statement kCredentialsById{"auth_credentials_by_id",
                                         "SELECT id, email, full_name, role, is_active, is_verified, created_at, "
                                         "updated_at, hashed_password FROM users WHERE id = $1"};
constexpr db::Statement kUpdateFullName{"auth_update_full_name",
                                        "UPDATE users SET full_name = $2, updated_at = now() WHERE id = $1 RETURNING "
                                        "id, email, full_name, role, is_active, is_verified, created_at, updated_at"};
constexpr db::Statement kUpdatePassword{"auth_update_password",
                                        "UPDATE users SET hashed_password = $2, updated_at = now() WHERE id = $1"};
constexpr db::Statement kMarkVerified{
    "auth_mark_verified", "UPDATE users SET is_verified = true, updated_at = now() WHERE id = $1 AND NOT is_verified"};
constexpr db::Statement kUpsertAdmin{
    "auth_upsert_admin",
    "INSERT INTO users (email, hashed_password, full_name, role, is_active, is_verified) "
    "VALUES ($1, $2, 'Administrator', 'admin', true, true) "
    "ON CONFLICT (email) DO UPDATE SET hashed_password = EXCLUDED.hashed_password, role = 'admin', "
    "is_active = true, is_verified = true, updated_at = now() RETURNING id, email, full_name, role, is_active, "
    "is_verified, created_at, updated_at"};

constexpr db::Statement kInsertUserToken{
    "auth_insert_user_token",
    "INSERT INTO user_tokens (user_id, purpose, token_hash, expires_at) VALUES ($1, $2, $3, to_timestamp($4))"};
constexpr db::Statement kFindUserToken{
    "auth_find_user_token",
    "SELECT id, user_id, extract(epoch FROM expires_at)::bigint AS expires_at, used_at IS NOT NULL AS used "
    "FROM user_tokens WHERE token_hash = $1 AND purpose = $2"};
constexpr db::Statement kLockUserToken{
    "auth_lock_user_token",
    "SELECT id, user_id, extract(epoch FROM expires_at)::bigint AS expires_at, used_at IS NOT NULL AS used "
    "FROM user_tokens WHERE token_hash = $1 AND purpose = $2 FOR UPDATE"};
constexpr db::Statement kMarkUserTokenUsed{"auth_mark_user_token_used",
                                           "UPDATE user_tokens SET used_at = now() WHERE id = $1"};

constexpr db::Statement kInsertRefreshToken{
    "auth_insert_refresh_token",
    "INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at) VALUES ($1, $2, $3, to_timestamp($4))"};
constexpr db::Statement kLockRefreshToken{
    "auth_lock_refresh_token",
    "SELECT id, user_id, family_id, rotated_at IS NOT NULL AS rotated, revoked_at IS NOT NULL AS revoked "
    "FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE"};
constexpr db::Statement kMarkRefreshTokenRotated{"auth_mark_refresh_token_rotated",
                                                 "UPDATE refresh_tokens SET rotated_at = now() WHERE id = $1"};
constexpr db::Statement kRevokeRefreshFamily{
    "auth_revoke_refresh_family",
    "UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL"};
constexpr db::Statement kRevokeRefreshToken{
    "auth_revoke_refresh_token",
    "UPDATE refresh_tokens SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL RETURNING user_id"};

// Statements that read users list exactly the columns UserFromRow reads.
constexpr bool ReadsUser(const db::Statement& statement) {
  return statement.sql.find(kUserColumns) != std::string_view::npos;
}
static_assert(ReadsUser(kInsertUser) && ReadsUser(kFindUser) && ReadsUser(kCredentialsByEmail) &&
              ReadsUser(kCredentialsById) && ReadsUser(kUpdateFullName) && ReadsUser(kUpsertAdmin));

// A raw digest as a bytea parameter in text form.
std::string Bytea(std::string_view digest) { return "\\x" + crypto::Hex(digest); }

Credentials CredentialsFromRow(const db::Row& row) { return {UserFromRow(row), row.String("hashed_password")}; }

std::optional<Credentials> FirstCredentials(const db::Result& rows) { return rows.First(CredentialsFromRow); }

std::optional<StoredUserToken> FirstUserToken(const db::Result& rows) {
  return rows.First([](const db::Row& row) {
    return StoredUserToken{row.Int("id"), row.Int("user_id"), row.Int("expires_at"), row.Bool("used")};
  });
}

}  // namespace

Result<User> InsertUser(db::Connection& connection, std::string_view email, std::string_view hashed_password,
                        std::string_view full_name) {
  try {
    return UserFromRow(connection.Exec(kInsertUser, {email, hashed_password, full_name}).front());
  } catch (const db::QueryError& e) {
    if (e.IsUniqueViolation() && e.constraint == "users_email_key") {
      return Conflict("Email already registered");
    }
    throw;
  }
}

std::optional<User> FindUser(db::Connection& connection, std::int64_t user_id) {
  return connection.Exec(kFindUser, {user_id}).First(UserFromRow);
}

std::optional<Credentials> FindCredentialsByEmail(db::Connection& connection, std::string_view email) {
  return FirstCredentials(connection.Exec(kCredentialsByEmail, {email}));
}

std::optional<Credentials> FindCredentialsById(db::Connection& connection, std::int64_t user_id) {
  return FirstCredentials(connection.Exec(kCredentialsById, {user_id}));
}

std::optional<User> UpdateFullName(db::Connection& connection, std::int64_t user_id, std::string_view full_name) {
  return connection.Exec(kUpdateFullName, {user_id, full_name}).First(UserFromRow);
}

void UpdatePassword(db::Connection& connection, std::int64_t user_id, std::string_view hashed_password) {
  connection.Exec(kUpdatePassword, {user_id, hashed_password});
}

void MarkVerified(db::Connection& connection, std::int64_t user_id) { connection.Exec(kMarkVerified, {user_id}); }

User UpsertAdmin(db::Connection& connection, std::string_view email, std::string_view hashed_password) {
  return UserFromRow(connection.Exec(kUpsertAdmin, {email, hashed_password}).front());
}

void InsertUserToken(db::Connection& connection, std::int64_t user_id, std::string_view purpose,
                     std::string_view token_hash, std::int64_t expires_at) {
  connection.Exec(kInsertUserToken, {user_id, purpose, Bytea(token_hash), expires_at});
}

std::optional<StoredUserToken> FindUserToken(db::Connection& connection, std::string_view purpose,
                                             std::string_view token_hash, bool lock) {
  return FirstUserToken(connection.Exec(lock ? kLockUserToken : kFindUserToken, {Bytea(token_hash), purpose}));
}

void MarkUserTokenUsed(db::Connection& connection, std::int64_t token_id) {
  connection.Exec(kMarkUserTokenUsed, {token_id});
}

void InsertRefreshToken(db::Connection& connection, std::int64_t user_id, std::string_view family_id,
                        std::string_view token_hash, std::int64_t expires_at) {
  connection.Exec(kInsertRefreshToken, {user_id, family_id, Bytea(token_hash), expires_at});
}

std::optional<StoredRefreshToken> LockRefreshToken(db::Connection& connection, std::string_view token_hash) {
  return connection.Exec(kLockRefreshToken, {Bytea(token_hash)}).First([](const db::Row& row) {
    return StoredRefreshToken{row.Int("id"), row.Int("user_id"), row.String("family_id"), row.Bool("rotated"),
                              row.Bool("revoked")};
  });
}

void MarkRefreshTokenRotated(db::Connection& connection, std::int64_t token_id) {
  connection.Exec(kMarkRefreshTokenRotated, {token_id});
}

void RevokeRefreshFamily(db::Connection& connection, std::string_view family_id) {
  connection.Exec(kRevokeRefreshFamily, {family_id});
}

std::optional<std::int64_t> RevokeRefreshToken(db::Connection& connection, std::string_view token_hash) {
  return connection.Exec(kRevokeRefreshToken, {Bytea(token_hash)}).First([](const db::Row& row) {
    return row.Int("user_id");
  });
}

std::int64_t PurgeExpiredTokens(db::Connection& connection) {
  static constexpr db::Statement kPurgeRefresh{
      "auth_purge_refresh_tokens", "DELETE FROM refresh_tokens WHERE expires_at < now() - interval '1 day'"};
  static constexpr db::Statement kPurgeUserTokens{
      "auth_purge_user_tokens", "DELETE FROM user_tokens WHERE expires_at < now() - interval '1 day'"};
  static constexpr db::Statement kPurgeMailRequests{
      "auth_purge_mail_requests", "DELETE FROM account_mail_requests WHERE created_at < now() - interval '1 day'"};
  return connection.Exec(kPurgeRefresh).affected() + connection.Exec(kPurgeUserTokens).affected() +
         connection.Exec(kPurgeMailRequests).affected();
}

}  // namespace shop::auth::store
