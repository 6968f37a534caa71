// Password hashing with bcrypt (cost 12) through libcrypt, and the rules a new password must meet.
// Hashing takes a quarter of a second on purpose: call it on worker threads only.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace shop::auth {

inline constexpr int kBcryptCost = 12;
inline constexpr std::size_t kMinPasswordLength = 8;  // characters
inline constexpr std::size_t kMaxPasswordBytes = 72;  // bcrypt ignores whatever follows

// Why a password cannot be chosen, in the words and type of a FastAPI validation error.
struct PasswordProblem {
  std::string msg;
  std::string type;
};

// nullopt when `password` may be a new password: at least 8 characters, at most 72 bytes (all
// of it counts), no NUL.
std::optional<PasswordProblem> CheckNewPassword(std::string_view password);

// A bcrypt hash ("$2b$12$...") of `password` with a fresh random salt.
// Throws std::runtime_error when libcrypt or the random source fails.
std::string HashPassword(std::string_view password);

// True when `password` matches `hash`, compared in constant time. A stored value that is not a
// bcrypt hash (an account without a password) never matches, and costs as much time as one that
// is, so the answer's timing tells nothing about the account.
bool VerifyPassword(std::string_view password, std::string_view hash);

// Spends the time of one VerifyPassword against a dummy hash; for the login of an unknown email.
void VerifyDummyPassword(std::string_view password);

}  // namespace shop::auth
