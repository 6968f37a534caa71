// Applies the numbered SQL files of backend/migrations, embedded in the binary at build time.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "db/connection.hpp"

namespace shop::db {

struct Migration {
  int version;            // the number the file name starts with
  std::string_view name;  // the file name, e.g. "0001_init.sql"
  std::string_view sql;
};

// The migrations compiled into this binary, in version order.
const std::vector<Migration>& EmbeddedMigrations();

// Applies every migration not yet recorded in schema_migrations, each in its own transaction,
// under an advisory lock so that two instances starting together do not race.
// Returns the names of the migrations applied. Throws QueryError/Unavailable on failure.
std::vector<std::string> Migrate(Connection& connection, const std::vector<Migration>& migrations);

}  // namespace shop::db
