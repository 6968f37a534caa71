#include "db/migrate.hpp"

#include <set>

namespace shop::db {
namespace {

constexpr std::string_view kLock = "SELECT pg_advisory_lock(7283640019)";
constexpr std::string_view kUnlock = "SELECT pg_advisory_unlock(7283640019)";
constexpr std::string_view kCreateTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " version integer PRIMARY KEY,"
    " name text NOT NULL,"
    " applied_at timestamptz NOT NULL DEFAULT now())";
constexpr Statement kApplied{"migrate_applied", "SELECT version FROM schema_migrations"};
constexpr Statement kRecord{"migrate_record", "INSERT INTO schema_migrations (version, name) VALUES ($1, $2)"};

// Holds the session-level advisory lock that serialises migrating instances.
class MigrationLock {
 public:
  explicit MigrationLock(Connection& connection) : connection_(connection) { connection_.ExecScript(kLock); }
  ~MigrationLock() {
    try {
      connection_.ExecScript(kUnlock);
    } catch (const std::exception&) {
      // A broken connection has released its session locks already.
    }
  }
  MigrationLock(const MigrationLock&) = delete;
  MigrationLock& operator=(const MigrationLock&) = delete;

 private:
  Connection& connection_;
};

}  // namespace

std::vector<std::string> Migrate(Connection& connection, const std::vector<Migration>& migrations) {
  MigrationLock lock(connection);
  connection.ExecScript(kCreateTable);
  std::set<std::int64_t> applied;
  for (const auto row : connection.Exec(kApplied)) applied.insert(row.Int("version"));
  std::vector<std::string> applied_now;
  for (const auto& migration : migrations) {
    if (applied.contains(migration.version)) continue;
    Transaction tx(connection);
    connection.ExecScript(migration.sql);
    connection.Exec(kRecord, {migration.version, migration.name});
    tx.Commit();
    applied_now.emplace_back(migration.name);
  }
  return applied_now;
}

}  // namespace shop::db
