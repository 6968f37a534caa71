#include "db/connection.hpp"

#include <poll.h>

#include <cctype>
#include <exception>

namespace shop::db {
namespace {

// Classes 08 (connection exception), 57P0x (server shutting down) and 53300 (too many
// connections) mean the database is unavailable, not that the statement was wrong.
bool IsOutage(std::string_view sqlstate) {
  return sqlstate.starts_with("08") || sqlstate.starts_with("57P") || sqlstate == "53300";
}

std::string Field(const PGresult* result, int code) {
  const char* value = PQresultErrorField(result, code);
  return value ? value : "";
}

// A command that changes nothing, so that running it twice is harmless: a query (SELECT) or the
// start of a transaction (BEGIN), which keeps nothing until its COMMIT.
bool IsReadOnly(std::string_view sql) {
  const auto start = sql.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return false;
  std::string word;
  for (auto c : sql.substr(start)) {
    if (!std::isalpha(static_cast<unsigned char>(c))) break;
    word += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return word == "SELECT" || word == "BEGIN";
}

}  // namespace

std::unique_ptr<Connection> Connection::Open(const std::string& url, std::chrono::milliseconds timeout,
                                             Reconnect reconnect) {
  return std::unique_ptr<Connection>(new Connection(Connect(url, timeout), url, timeout, reconnect));
}

Connection::Connection(Conn conn, std::string url, std::chrono::milliseconds timeout, Reconnect reconnect)
    : conn_(std::move(conn)), url_(std::move(url)), timeout_(timeout), reconnect_(reconnect) {
  PQsetNoticeReceiver(conn_.get(), &Connection::OnNotice, this);
}

Connection::Conn Connection::Connect(const std::string& url, std::chrono::milliseconds timeout) {
  const char* keys[] = {"dbname", "application_name", "options", nullptr};
  const char* values[] = {url.c_str(), "shop-api",
                          "-c TimeZone=UTC -c statement_timeout=15000 -c idle_in_transaction_session_timeout=60000",
                          nullptr};
  PGconn* raw = PQconnectStartParams(keys, values, /*expand_dbname=*/1);
  if (raw == nullptr) throw Unavailable("out of memory connecting to the database");
  Conn connection(raw, &PQfinish);
  if (PQstatus(raw) == CONNECTION_BAD) throw Unavailable(PQerrorMessage(raw));

  const auto deadline = std::chrono::steady_clock::now() + timeout;
  PostgresPollingStatusType state = PGRES_POLLING_WRITING;
  while (state != PGRES_POLLING_OK) {
    if (state == PGRES_POLLING_FAILED) throw Unavailable(PQerrorMessage(raw));
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) throw Unavailable("timed out connecting to the database");
    pollfd fd{PQsocket(raw), static_cast<short>(state == PGRES_POLLING_READING ? POLLIN : POLLOUT), 0};
    const int ready = ::poll(&fd, 1, static_cast<int>(left.count()));
    if (ready < 0 && errno != EINTR) throw Unavailable("poll failed while connecting to the database");
    if (ready > 0) state = PQconnectPoll(raw);
  }
  if (PQsetnonblocking(raw, 0) != 0) throw Unavailable("cannot switch the connection to blocking mode");
  return connection;
}

// Server notices (NOTICE, the FATAL of a terminated session) are not for stderr; outages are
// reported through the errors of the statements they break. A FATAL one, which arrives while the
// connection is idle when the server ends the session, marks the connection as going away.
void Connection::OnNotice(void* self, const PGresult* notice) {
  const std::string severity = Field(notice, PG_DIAG_SEVERITY_NONLOCALIZED);
  if (severity == "FATAL" || severity == "PANIC") static_cast<Connection*>(self)->terminated_ = true;
}

void Connection::Replace() {
  conn_ = Connect(url_, timeout_);
  PQsetNoticeReceiver(conn_.get(), &Connection::OnNotice, this);
  prepared_.clear();
  terminated_ = false;
  broke_in_transaction_ = false;
}

PGresult* Connection::Collect() {
  PGresult* kept = nullptr;
  while (PGresult* next = PQgetResult(conn_.get())) {
    if (kept != nullptr && PQresultStatus(kept) == PGRES_FATAL_ERROR) {
      PQclear(next);
      continue;
    }
    PQclear(kept);
    kept = next;
  }
  return kept;
}

bool Connection::MayReplace() {
  // Outside a transaction, or broken while outside one: nothing of the caller's is lost by
  // continuing on another connection.
  const auto status = PQtransactionStatus(conn_.get());
  return reconnect_ == Reconnect::kWhenSafe &&
         (status == PQTRANS_IDLE || (status == PQTRANS_UNKNOWN && !broke_in_transaction_));
}

template <class Command>
Result Connection::Run(Command command, bool read_only) {
  const bool may_replace = MayReplace();
  if (may_replace && !IsHealthy()) Replace();
  bool sent = false;
  try {
    return Check(command(sent));
  } catch (const Unavailable&) {
    const bool broken = terminated_ || PQstatus(conn_.get()) == CONNECTION_BAD;
    if (broken && !may_replace) broke_in_transaction_ = true;
    if (!may_replace || !broken || (sent && !read_only)) throw;
  }
  Replace();
  bool sent_again = false;
  return Check(command(sent_again));
}

Result Connection::Check(PGresult* raw_result) {
  Result result(raw_result);
  const auto status = PQresultStatus(raw_result);
  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return result;
  if (raw_result == nullptr || PQstatus(conn_.get()) == CONNECTION_BAD) {
    throw Unavailable(PQerrorMessage(conn_.get()));
  }
  std::string sqlstate = Field(raw_result, PG_DIAG_SQLSTATE);
  std::string message = Field(raw_result, PG_DIAG_MESSAGE_PRIMARY);
  if (IsOutage(sqlstate)) throw Unavailable(message);
  throw QueryError(message, std::move(sqlstate), Field(raw_result, PG_DIAG_CONSTRAINT_NAME));
}

Result Connection::Exec(const Statement& statement, std::initializer_list<Param> params) {
  return Exec(statement, std::vector<Param>(params));
}

Result Connection::Exec(const Statement& statement, const std::vector<Param>& params) {
  const std::string name(statement.name);
  std::vector<const char*> values;
  values.reserve(params.size());
  for (const auto& p : params) values.push_back(p.c_str());
  return Run(
      [&](bool& sent) -> PGresult* {
        if (!prepared_.contains(name)) {
          if (PQsendPrepare(conn_.get(), name.c_str(), std::string(statement.sql).c_str(), 0, nullptr) != 1) {
            return nullptr;
          }
          Check(Collect());
          prepared_.insert(name);
        }
        sent = true;  // preparing changes nothing; running it may
        if (PQsendQueryPrepared(conn_.get(), name.c_str(), static_cast<int>(values.size()), values.data(), nullptr,
                                nullptr, 0) != 1) {
          return nullptr;
        }
        return Collect();
      },
      IsReadOnly(statement.sql));
}

Result Connection::ExecDynamic(const std::string& sql, const std::vector<Param>& params) {
  std::vector<const char*> values;
  values.reserve(params.size());
  for (const auto& p : params) values.push_back(p.c_str());
  return Run(
      [&](bool& sent) -> PGresult* {
        sent = true;
        if (PQsendQueryParams(conn_.get(), sql.c_str(), static_cast<int>(values.size()), nullptr, values.data(),
                              nullptr, nullptr, 0) != 1) {
          return nullptr;
        }
        return Collect();
      },
      IsReadOnly(sql));
}

void Connection::ExecScript(std::string_view sql) {
  const std::string text(sql);
  Run(
      [&](bool& sent) -> PGresult* {
        sent = true;
        if (PQsendQuery(conn_.get(), text.c_str()) != 1) return nullptr;
        return Collect();
      },
      IsReadOnly(sql));
}

bool Connection::IsHealthy() {
  if (terminated_ || PQstatus(conn_.get()) != CONNECTION_OK) return false;
  // An idle connection has nothing to read; readable means a termination notice or EOF.
  pollfd fd{PQsocket(conn_.get()), POLLIN, 0};
  if (::poll(&fd, 1, 0) == 0) return true;
  if (PQconsumeInput(conn_.get()) == 0) return false;
  PQisBusy(conn_.get());  // parses what arrived, so that a FATAL notice reaches OnNotice
  return !terminated_ && PQstatus(conn_.get()) == CONNECTION_OK && PQtransactionStatus(conn_.get()) == PQTRANS_IDLE;
}

Transaction::Transaction(Connection& connection, std::string_view begin) : connection_(connection) {
  connection_.ExecScript(begin);
}

Transaction::~Transaction() {
  if (done_) return;
  try {
    connection_.ExecScript("ROLLBACK");
  } catch (const std::exception&) {
    // The connection is gone; the server has rolled the transaction back itself.
  }
}

void Transaction::Commit() {
  connection_.ExecScript("COMMIT");
  done_ = true;
}

}  // namespace shop::db
