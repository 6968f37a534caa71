// RAII access to one PostgreSQL connection through libpq: named statements prepared once per
// connection, batches in one round trip, and transactions that roll back unless committed.
#pragma once

#include <libpq-fe.h>

#include <chrono>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "common/money.hpp"
#include "db/result.hpp"

namespace shop::db {

// The database cannot be reached or the connection broke: an outage, answered with 503.
class Unavailable : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A statement failed on a healthy connection. `sqlstate` and `constraint` let a store turn an
// expected violation (say, a unique slug) into a domain error on purpose.
class QueryError : public std::runtime_error {
 public:
  QueryError(const std::string& message, std::string sqlstate, std::string constraint)
      : std::runtime_error(message), sqlstate(std::move(sqlstate)), constraint(std::move(constraint)) {}
  bool IsUniqueViolation() const { return sqlstate == "23505"; }
  bool IsForeignKeyViolation() const { return sqlstate == "23503"; }
  bool IsCheckViolation() const { return sqlstate == "23514"; }
  bool IsSerializationFailure() const { return sqlstate == "40001" || sqlstate == "40P01"; }
  std::string sqlstate;
  std::string constraint;
};

// A named SQL statement; stores declare these as constants and the connection prepares each
// once, on first use.
struct Statement {
  std::string_view name;
  std::string_view sql;
};

// Joins fixed SQL fragments (a shared column list, say) into one statement's text.
inline std::string JoinSql(std::initializer_list<std::string_view> parts) {
  std::string text;
  for (auto part : parts) text += part;
  return text;
}

// The text of a JoinedStatement, a base so that it is built before the Statement that views it.
struct JoinedSql {
  std::string text;
};

// A named statement whose text is joined from fixed fragments (a shared column list, say) once,
// when it is defined: `const db::JoinedStatement kFindOrder{"orders_find", {"SELECT ", kOrderColumns, ...}};`
class JoinedStatement : private JoinedSql, public Statement {
 public:
  JoinedStatement(std::string_view name, std::initializer_list<std::string_view> parts)
      : JoinedSql{JoinSql(parts)}, Statement{name, text} {}
  JoinedStatement(const JoinedStatement&) = delete;  // the copy would view the original's text
  JoinedStatement& operator=(const JoinedStatement&) = delete;
};

// One text-format parameter value, or SQL NULL.
class Param {
 public:
  Param(std::nullptr_t) {}                               // NOLINT
  Param(std::string_view v) : value_(std::string(v)) {}  // NOLINT
  Param(const std::string& v) : value_(v) {}             // NOLINT
  Param(std::string&& v) : value_(std::move(v)) {}       // NOLINT
  Param(const char* v) : value_(std::string(v)) {}       // NOLINT
  Param(std::int64_t v) : value_(std::to_string(v)) {}   // NOLINT
  Param(int v) : value_(std::to_string(v)) {}            // NOLINT
  Param(bool v) : value_(v ? "true" : "false") {}        // NOLINT
  Param(Money v) : value_(v.ToString()) {}               // NOLINT
  // An array literal such as {1,2,3}, for `= ANY($1::bigint[])`.
  Param(const std::vector<std::int64_t>& v) : value_(std::string("{")) {  // NOLINT
    for (std::size_t i = 0; i < v.size(); ++i) *value_ += (i > 0 ? "," : "") + std::to_string(v[i]);
    *value_ += "}";
  }
  template <class T>
  Param(const std::optional<T>& v) {  // NOLINT
    if (v) value_ = Param(*v).value_;
  }
  const char* c_str() const { return value_ ? value_->c_str() : nullptr; }

 private:
  std::optional<std::string> value_;
};

// A statement with its parameters, to run in a batch (Connection::ExecBatch).
struct Queued {
  Statement statement;
  std::vector<Param> params;
};

class Connection {
 public:
  // Whether a broken connection may be replaced under its user: only where nothing of the
  // session (an advisory lock, say) outlives a transaction, as with the pool's connections.
  enum class Reconnect { kNever, kWhenSafe };

  // Connects within `timeout` (libpq's non-blocking connect, so a dead host cannot hang us).
  // Throws Unavailable on failure. The session runs in UTC with a statement timeout.
  //
  // With Reconnect::kWhenSafe, a command outside a transaction first replaces a connection that is
  // known to be broken (the server restarted, say), and runs once more on a fresh one when the
  // connection breaks under it before the command was sent (while preparing it) or when the
  // command changes nothing (SELECT, BEGIN). Any other command that may have reached the server
  // (an INSERT, or a COMMIT whose answer was lost) is never repeated: it throws Unavailable.
  static std::unique_ptr<Connection> Open(const std::string& url, std::chrono::milliseconds timeout,
                                          Reconnect reconnect = Reconnect::kNever);
  // The notice receiver holds the connection's address: it stays where it was opened.
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Runs a named statement, preparing it on this connection the first time.
  // Throws Unavailable when the connection is lost, QueryError when the statement fails.
  Result Exec(const Statement& statement, std::initializer_list<Param> params = {});
  Result Exec(const Statement& statement, const std::vector<Param>& params);
  // Runs the statements of `batch` in one round trip (libpq's pipeline mode), preparing those not
  // yet prepared on this connection, and returns their results in order. Meant for a few small
  // statements. Throws as Exec does for the first statement that fails; those after it do not run.
  std::vector<Result> ExecBatch(const std::vector<Queued>& batch);
  // Runs SQL assembled by the caller from fixed fragments (never from user text), unprepared.
  Result ExecDynamic(const std::string& sql, const std::vector<Param>& params);
  // Runs one or more statements without parameters (migrations, transaction control).
  void ExecScript(std::string_view sql);

  // False when the server has closed this connection, or said it is about to (the FATAL notice
  // a backend sends when it is terminated), while it sat idle in the pool.
  bool IsHealthy();
  PGconn* raw() { return conn_.get(); }

 private:
  using Conn = std::unique_ptr<PGconn, void (*)(PGconn*)>;
  Connection(Conn conn, std::string url, std::chrono::milliseconds timeout, Reconnect reconnect);
  static Conn Connect(const std::string& url, std::chrono::milliseconds timeout);
  static void OnNotice(void* self, const PGresult* notice);
  Result Check(PGresult* result);
  // Runs `command` and checks its result, replacing the connection by the rule of
  // Reconnect::kWhenSafe. `command(sent)` sends one command and returns its result (nullptr when
  // it could not send it); it sets `sent` before sending what may change something (preparing a
  // statement does not). `read_only`: the command changes nothing, so it may run twice.
  template <class Command>
  Result Run(Command command, bool read_only);
  // Reconnect::kWhenSafe, and nothing of the caller's would be lost by replacing the connection.
  bool MayReplace();
  // Opens a fresh connection in place of this one's; its statements are prepared anew.
  void Replace();
  // The result of the command just sent: the first error, else the last one.
  PGresult* Collect();

  Conn conn_;
  const std::string url_;
  const std::chrono::milliseconds timeout_;
  const Reconnect reconnect_;
  std::unordered_set<std::string> prepared_;
  bool terminated_ = false;            // the server sent a FATAL notice: it is closing the session
  bool broke_in_transaction_ = false;  // the caller's transaction went with the connection
};

// BEGIN on construction; ROLLBACK on destruction unless Commit() was called.
class Transaction {
 public:
  explicit Transaction(Connection& connection, std::string_view begin = "BEGIN");
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void Commit();
  // Runs `batch`, then COMMIT, in one round trip. Throws as Exec does; then nothing is committed,
  // and the destructor rolls back.
  void Commit(std::vector<Queued> batch);

 private:
  Connection& connection_;
  bool done_ = false;
};

}  // namespace shop::db
