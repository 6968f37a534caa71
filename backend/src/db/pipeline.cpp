// Connection::ExecBatch: a few statements in one round trip, through libpq's pipeline mode, and
// the commit that travels with them.
#include <algorithm>
#include <exception>

#include "db/connection.hpp"

namespace shop::db {

std::vector<Result> Connection::ExecBatch(const std::vector<Queued>& batch) {
  if (MayReplace() && !IsHealthy()) Replace();
  PGconn* conn = conn_.get();
  if (PQenterPipelineMode(conn) != 1) throw Unavailable(PQerrorMessage(conn));
  // Per command sent: the name of the statement it prepares, or "" when it runs one.
  std::vector<std::string> commands;
  bool sent = true;
  for (const auto& queued : batch) {
    std::string name(queued.statement.name);
    if (!prepared_.contains(name) && std::find(commands.begin(), commands.end(), name) == commands.end()) {
      sent = sent && PQsendPrepare(conn, name.c_str(), std::string(queued.statement.sql).c_str(), 0, nullptr) == 1;
      commands.push_back(name);
    }
    std::vector<const char*> values;
    values.reserve(queued.params.size());
    for (const auto& p : queued.params) values.push_back(p.c_str());
    sent = sent && PQsendQueryPrepared(conn, name.c_str(), static_cast<int>(values.size()), values.data(), nullptr,
                                       nullptr, 0) == 1;
    commands.emplace_back();
  }
  if (!sent || PQpipelineSync(conn) != 1) throw Unavailable(PQerrorMessage(conn));

  std::vector<Result> results;
  std::exception_ptr failure;
  for (const auto& prepares : commands) {
    PGresult* raw = PQgetResult(conn);
    if (raw == nullptr) throw Unavailable(PQerrorMessage(conn));
    // Each command's results end with a null.
    while (PGresult* more = PQgetResult(conn)) PQclear(more);
    if (PQresultStatus(raw) == PGRES_PIPELINE_ABORTED) {
      PQclear(raw);
      continue;
    }
    try {
      Result result = Check(raw);
      if (prepares.empty()) {
        results.push_back(std::move(result));
      } else {
        prepared_.insert(prepares);
      }
    } catch (const QueryError&) {
      if (!failure) failure = std::current_exception();
    }
  }
  Result sync(PQgetResult(conn));
  if (PQresultStatus(sync.raw()) != PGRES_PIPELINE_SYNC || PQexitPipelineMode(conn) != 1) {
    throw Unavailable(PQerrorMessage(conn));
  }
  if (failure) std::rethrow_exception(failure);
  return results;
}

void Transaction::Commit(std::vector<Queued> batch) {
  static constexpr Statement kCommit{"commit", "COMMIT"};
  batch.push_back({kCommit, {}});
  connection_.ExecBatch(batch);
  done_ = true;
}

}  // namespace shop::db
