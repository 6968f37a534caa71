#include "db/result.hpp"

#include <cstdlib>

namespace shop::db {

int Row::Column(const char* name) const {
  const int column = PQfnumber(result_->raw(), name);
  if (column < 0) throw std::logic_error(std::string("no column ") + name + " in result");
  return column;
}

bool Row::IsNull(const char* column) const { return PQgetisnull(result_->raw(), row_, Column(column)); }

std::string_view Row::Text(const char* column) const {
  const int c = Column(column);
  return std::string_view(PQgetvalue(result_->raw(), row_, c), PQgetlength(result_->raw(), row_, c));
}

std::optional<std::string> Row::OptString(const char* column) const {
  if (IsNull(column)) return std::nullopt;
  return String(column);
}

std::int64_t Row::Int(const char* column) const {
  return std::strtoll(PQgetvalue(result_->raw(), row_, Column(column)), nullptr, 10);
}

std::optional<std::int64_t> Row::OptInt(const char* column) const {
  if (IsNull(column)) return std::nullopt;
  return Int(column);
}

bool Row::Bool(const char* column) const { return Text(column) == "t"; }

double Row::Double(const char* column) const {
  return std::strtod(PQgetvalue(result_->raw(), row_, Column(column)), nullptr);
}

Money Row::GetMoney(const char* column) const {
  return Parsed(column, [](std::string_view text) { return Money::Parse(text); });
}

std::optional<Money> Row::OptMoney(const char* column) const {
  if (IsNull(column)) return std::nullopt;
  return GetMoney(column);
}

std::string Row::Timestamp(const char* column) const {
  // PostgreSQL prints "2026-11-25 10:00:00.123456+00" in a UTC session.
  const std::string_view text = Text(column);
  if (text.size() < 19) return std::string(text);
  std::string iso(text.substr(0, 19));
  iso[10] = 'T';
  iso += 'Z';
  return iso;
}

std::int64_t Result::affected() const { return std::strtoll(PQcmdTuples(result_.get()), nullptr, 10); }

}  // namespace shop::db
