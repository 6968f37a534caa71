// The User as the API shows it, read from the users table; shared by accounts and the back office.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "db/connection.hpp"

namespace shop::auth {

struct User {
  std::int64_t id = 0;
  std::string email;
  std::string full_name;
  std::string role;
  bool is_active = true;
  bool is_verified = false;
  std::string created_at;
  std::string updated_at;
};

// The columns UserFromRow reads, for SELECT lists: "id, email, full_name, ...".
inline constexpr std::string_view kUserColumns =
    "id, email, full_name, role, is_active, is_verified, created_at, updated_at";

inline constexpr std::string_view kRoles[] = {"customer", "admin"};
// The role named `text` (one of kRoles), or nullopt.
std::optional<std::string> ParseRole(std::string_view text);

// Throws db::BadValue when the row's role is none of kRoles.
User UserFromRow(const db::Row& row);
// Never carries a password hash or any token.
nlohmann::json ToJson(const User& user);

}  // namespace shop::auth
