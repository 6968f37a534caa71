// The database layer against a real PostgreSQL: batches of statements sent in one round trip,
// alone and as the end of a transaction.
#include <gtest/gtest.h>

#include <chrono>
#include <memory>

#include "db/connection.hpp"
#include "support/test_server.hpp"

namespace shop::testing {
namespace {

constexpr db::Statement kInsert{"test_batch_insert",
                                "INSERT INTO batch_rows (id) VALUES ($1) RETURNING id * 10 AS ten"};
constexpr db::Statement kCount{"test_batch_count", "SELECT count(*) AS total FROM batch_rows"};

// A connection of its own with an empty session table batch_rows.
std::unique_ptr<db::Connection> Connect() {
  auto connection = db::Connection::Open(SharedApi::database().url(), std::chrono::seconds(10));
  connection->ExecScript("CREATE TEMP TABLE batch_rows (id integer PRIMARY KEY)");
  return connection;
}

std::int64_t Rows(db::Connection& connection) { return connection.Exec(kCount).front().Int("total"); }

TEST(DbBatch, RunsTheStatementsInOrderAndReturnsEachResult) {
  auto connection = Connect();
  auto results = connection->ExecBatch({{kInsert, {1}}, {kInsert, {2}}, {kCount, {}}});
  ASSERT_EQ(results.size(), 3u);
  EXPECT_EQ(results[0].front().Int("ten"), 10);
  EXPECT_EQ(results[1].front().Int("ten"), 20);
  EXPECT_EQ(results[2].front().Int("total"), 2);
  // Now prepared on this connection: the same statements run again.
  results = connection->ExecBatch({{kInsert, {3}}, {kCount, {}}});
  EXPECT_EQ(results[1].front().Int("total"), 3);
}

TEST(DbBatch, AFailedStatementThrowsAndNothingOfTheBatchRemains) {
  auto connection = Connect();
  try {
    connection->ExecBatch({{kInsert, {1}}, {kInsert, {1}}, {kInsert, {2}}});
    FAIL() << "a duplicate key must throw";
  } catch (const db::QueryError& error) {
    EXPECT_TRUE(error.IsUniqueViolation());
  }
  EXPECT_EQ(Rows(*connection), 0);  // the batch outside a transaction is one implicit transaction
  connection->ExecBatch({{kInsert, {2}}});
  EXPECT_EQ(Rows(*connection), 1);
}

TEST(DbBatch, TransactionCommitsWithItsBatchOrNotAtAll) {
  auto connection = Connect();
  {
    db::Transaction transaction(*connection);
    connection->Exec(kInsert, {1});
    transaction.Commit({{kInsert, {2}}, {kInsert, {3}}});
  }
  EXPECT_EQ(Rows(*connection), 3);
  {
    db::Transaction transaction(*connection);
    connection->Exec(kInsert, {4});
    EXPECT_THROW(transaction.Commit({{kInsert, {5}}, {kInsert, {1}}}), db::QueryError);
  }
  EXPECT_EQ(Rows(*connection), 3);
}

}  // namespace
}  // namespace shop::testing
