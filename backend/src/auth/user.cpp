#include "auth/user.hpp"

namespace shop::auth {

std::optional<std::string> ParseRole(std::string_view text) {
  for (const auto role : kRoles) {
    if (role == text) return std::string(role);
  }
  return std::nullopt;
}

User UserFromRow(const db::Row& row) {
  return User{
      row.Int("id"),         row.String("email"),     row.String("full_name"),     row.Parsed("role", ParseRole),
      row.Bool("is_active"), row.Bool("is_verified"), row.Timestamp("created_at"), row.Timestamp("updated_at")};
}

nlohmann::json ToJson(const User& user) {
  return {{"id", user.id},
          {"email", user.email},
          {"full_name", user.full_name},
          {"role", user.role},
          {"is_active", user.is_active},
          {"is_verified", user.is_verified},
          {"created_at", user.created_at},
          {"updated_at", user.updated_at}};
}

}  // namespace shop::auth
