// The rows a statement returned, owned by RAII and read by column name, and the error a value
// that does not parse (an unknown status, say) is.
#pragma once

#include <libpq-fe.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

#include "common/money.hpp"

namespace shop::db {

// A value read from the database is not one the code knows (a status outside its enum, text
// where an amount belongs): a bug or a schema out of step, never defaulted; answered with a
// logged 500.
class BadValue : public std::runtime_error {
 public:
  explicit BadValue(std::string_view column)
      : std::runtime_error("column " + std::string(column) + " holds a value that does not parse") {}
};

class Result;

// A row of a Result. Columns are looked up by name; a missing column is a bug and throws.
class Row {
 public:
  Row(const Result& result, int row) : result_(&result), row_(row) {}
  bool IsNull(const char* column) const;
  std::string_view Text(const char* column) const;
  std::string String(const char* column) const { return std::string(Text(column)); }
  std::optional<std::string> OptString(const char* column) const;
  std::int64_t Int(const char* column) const;
  std::optional<std::int64_t> OptInt(const char* column) const;
  bool Bool(const char* column) const;
  double Double(const char* column) const;
  Money GetMoney(const char* column) const;
  std::optional<Money> OptMoney(const char* column) const;
  // The column's text as `parse` (a domain's own parser: a status name, a role) reads it; throws
  // BadValue naming the column when `parse` returns nullopt, never a default.
  template <class Parse>
  auto Parsed(const char* column, Parse parse) const {
    auto value = parse(Text(column));
    if (!value) throw BadValue(column);
    return *std::move(value);
  }
  // A timestamptz column as ISO-8601 UTC ("2026-11-25T10:00:00Z"); the session runs in UTC.
  std::string Timestamp(const char* column) const;

 private:
  int Column(const char* name) const;
  const Result* result_;
  int row_;
};

class Result {
 public:
  explicit Result(PGresult* result) : result_(result, &PQclear) {}
  int size() const { return PQntuples(result_.get()); }
  bool empty() const { return size() == 0; }
  Row operator[](int row) const { return Row(*this, row); }
  Row front() const { return Row(*this, 0); }
  // The first row as `read` (a domain's FromRow) makes it, or nothing when there is no row: how a
  // store answers "find one".
  template <class Read>
  auto First(Read read) const -> std::optional<std::invoke_result_t<Read, Row>> {
    if (empty()) return std::nullopt;
    return read(front());
  }
  // Rows changed by an INSERT/UPDATE/DELETE.
  std::int64_t affected() const;
  PGresult* raw() const { return result_.get(); }

  class Iterator {
   public:
    Iterator(const Result* r, int i) : r_(r), i_(i) {}
    Row operator*() const { return Row(*r_, i_); }
    Iterator& operator++() {
      ++i_;
      return *this;
    }
    bool operator!=(const Iterator& o) const { return i_ != o.i_; }

   private:
    const Result* r_;
    int i_;
  };
  Iterator begin() const { return Iterator(this, 0); }
  Iterator end() const { return Iterator(this, size()); }

 private:
  std::unique_ptr<PGresult, void (*)(PGresult*)> result_;
};

}  // namespace shop::db
