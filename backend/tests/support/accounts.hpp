// Accounts for API tests: users inserted straight into the test database, with access tokens
// signed by the same key the test server uses, so that tests of any domain can call protected
// routes without going through registration.
#pragma once

#include <cstdint>
#include <string>

#include "support/http_client.hpp"
#include "support/test_server.hpp"

namespace shop::testing {

// The SECRET_KEY every TestServer runs with.
inline constexpr const char* kTestSecretKey = "test-secret-key-0123456789abcdef0123456789";

struct TestUser {
  std::int64_t id = 0;
  std::string email;
  std::string role;
  std::string token;  // a valid access token
  Headers auth() const { return Bearer(token); }
};

// Inserts a verified, active user with a unique email and returns it with an access token.
TestUser CreateUser(const TestDatabase& database, const std::string& role = "customer");

// An admin of the shared test database, made on first use, for tests that act as the back office.
const TestUser& SharedAdmin();

// An email address no other test uses: `prefix`, this process and a counter, at example.com.
std::string UniqueEmail(const std::string& prefix);

// An access token for any user id and role, valid for 30 minutes.
std::string AccessTokenFor(std::int64_t user_id, const std::string& role);

}  // namespace shop::testing
