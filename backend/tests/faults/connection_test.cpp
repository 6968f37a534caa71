// The database layer's connections against the project's PostgreSQL when the server ends their
// sessions: a pooled connection is replaced before a command is lost to it, a command is repeated
// at most once and only when it changes nothing, and other connections report the outage.
#include "db/connection.hpp"

#include <gtest/gtest.h>

#include "faults/load.hpp"

namespace shop::testing::faults {
namespace {

using db::Connection;

std::string BackendPid(Connection& connection) {
  return connection.ExecDynamic("SELECT pg_backend_pid()::text AS pid", {}).front().String("pid");
}

// Ends the session of backend `pid` as a server restart does, and waits until it is gone.
void Terminate(const TestDatabase& database, const std::string& pid) {
  database.Execute("SELECT pg_terminate_backend(" + pid + ")");
  ASSERT_TRUE(
      WaitFor([&] { return database.QueryValue("SELECT count(*) FROM pg_stat_activity WHERE pid = " + pid) == "0"; },
              std::chrono::seconds(10)));
}

TEST(PooledConnection, ACommandAfterTheServerEndedTheSessionRunsOnAFreshConnection) {
  TestDatabase database;
  database.Execute("CREATE TABLE marks (n int)");
  auto connection = Connection::Open(database.url(), std::chrono::seconds(5), Connection::Reconnect::kWhenSafe);
  const std::string first = BackendPid(*connection);
  Terminate(database, first);
  // A write too: the ended session was noticed before the command went out.
  static constexpr db::Statement kMark{"mark", "INSERT INTO marks VALUES ($1)"};
  EXPECT_NO_THROW(connection->Exec(kMark, {1}));
  EXPECT_NE(BackendPid(*connection), first);
  EXPECT_EQ(database.QueryValue("SELECT count(*) FROM marks"), "1");
}

TEST(PooledConnection, ACommandThatBreaksItsConnectionIsRepeatedOnceAtMost) {
  TestDatabase database;
  auto connection = Connection::Open(database.url(), std::chrono::seconds(5), Connection::Reconnect::kWhenSafe);
  // Ends its own session every time it runs: repeated once, then reported as the outage it is.
  EXPECT_THROW(connection->ExecDynamic("SELECT pg_terminate_backend(pg_backend_pid())", {}), db::Unavailable);
}

TEST(PooledConnection, ACommandThatMayHaveChangedSomethingIsNeverRepeated) {
  TestDatabase database;
  database.Execute("CREATE TABLE marks (n int)");
  auto connection = Connection::Open(database.url(), std::chrono::seconds(5), Connection::Reconnect::kWhenSafe);
  EXPECT_THROW(connection->ExecDynamic("WITH mark AS (INSERT INTO marks VALUES (1) RETURNING n) "
                                       "SELECT pg_terminate_backend(pg_backend_pid()) FROM mark",
                                       {}),
               db::Unavailable);
  // The connection is replaced for the next command all the same.
  EXPECT_EQ(connection->ExecDynamic("SELECT count(*)::text AS n FROM marks", {}).front().String("n"), "0");
}

TEST(OwnConnection, AnEndedSessionIsReportedAsAnOutage) {
  TestDatabase database;
  auto connection = Connection::Open(database.url(), std::chrono::seconds(5));
  Terminate(database, BackendPid(*connection));
  EXPECT_THROW(connection->ExecScript("SELECT 1"), db::Unavailable);
}

}  // namespace
}  // namespace shop::testing::faults
