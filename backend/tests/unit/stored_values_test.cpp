// Values read from the database are parsed strictly: one the code does not know is an error
// (db::BadValue, a logged 500), never a default.
#include <gtest/gtest.h>
#include <libpq-fe.h>

#include <string>
#include <utility>
#include <vector>

#include "auth/account_mailer.hpp"
#include "auth/user.hpp"
#include "db/result.hpp"
#include "mail/outbox.hpp"
#include "orders/orders.hpp"

namespace shop {
namespace {

using Columns = std::vector<std::pair<std::string, std::string>>;

// One row of text columns, built in memory as if PostgreSQL had returned it.
db::Result OneRow(const Columns& columns) {
  PGresult* raw = PQmakeEmptyPGresult(nullptr, PGRES_TUPLES_OK);
  std::vector<PGresAttDesc> attributes;
  for (const auto& column : columns) {
    attributes.push_back({const_cast<char*>(column.first.c_str()), 0, 0, 0, 25 /* text */, -1, -1});
  }
  PQsetResultAttrs(raw, static_cast<int>(attributes.size()), attributes.data());
  for (std::size_t i = 0; i < columns.size(); ++i) {
    const std::string& value = columns[i].second;
    PQsetvalue(raw, 0, static_cast<int>(i), const_cast<char*>(value.c_str()), static_cast<int>(value.size()));
  }
  return db::Result(raw);
}

Columns OrderColumns(const std::string& status) {
  return {{"id", "1"},
          {"order_number", "ORD-100001"},
          {"user_id", "2"},
          {"status", status},
          {"subtotal", "19.99"},
          {"discount_code_id", "3"},
          {"discount_code", "SAVE2"},
          {"discount_amount", "2.00"},
          {"total_amount", "17.99"},
          {"customer_name", "Ada"},
          {"customer_email", "ada@example.com"},
          {"customer_phone", ""},
          {"shipping_address", "1 Main St"},
          {"shipping_city", "Springfield"},
          {"shipping_state", ""},
          {"shipping_postal_code", "12345"},
          {"shipping_country", "US"},
          {"notes", ""},
          {"created_at", "2026-11-25 10:00:00+00"},
          {"updated_at", "2026-11-25 10:00:00+00"}};
}

Columns UserColumns(const std::string& role) {
  return {{"id", "1"},
          {"email", "ada@example.com"},
          {"full_name", "Ada"},
          {"role", role},
          {"is_active", "t"},
          {"is_verified", "t"},
          {"created_at", "2026-11-25 10:00:00+00"},
          {"updated_at", "2026-11-25 10:00:00+00"}};
}

TEST(StoredValues, AnOrderReadsItsKnownStatus) {
  const db::Result result = OneRow(OrderColumns("shipped"));
  EXPECT_EQ(orders::OrderFromRow(result.front()).status, orders::OrderStatus::kShipped);
}

TEST(StoredValues, AnOrderWithAnUnknownStatusIsAnErrorNotPending) {
  const db::Result result = OneRow(OrderColumns("on-hold"));
  EXPECT_THROW(orders::OrderFromRow(result.front()), db::BadValue);
}

TEST(StoredValues, AUserWithAnUnknownRoleIsAnError) {
  EXPECT_EQ(auth::UserFromRow(OneRow(UserColumns("admin")).front()).role, "admin");
  EXPECT_THROW(auth::UserFromRow(OneRow(UserColumns("superuser")).front()), db::BadValue);
}

TEST(StoredValues, AnAmountThatIsNotMoneyIsAnError) {
  const db::Result result = OneRow({{"price", "12.345"}, {"other", "abc"}});
  EXPECT_THROW(result.front().GetMoney("price"), db::BadValue);
  EXPECT_THROW(result.front().GetMoney("other"), db::BadValue);
}

TEST(StoredValues, ParsedNamesTheColumnAndKeepsAKnownValue) {
  const db::Result result = OneRow({{"status", "sent"}, {"bad_status", "bounced"}});
  EXPECT_EQ(result.front().Parsed("status", mail::ParseEmailStatus), mail::EmailStatus::kSent);
  try {
    result.front().Parsed("bad_status", mail::ParseEmailStatus);
    FAIL() << "an unknown email status was accepted";
  } catch (const db::BadValue& error) {
    EXPECT_STREQ(error.what(), "column bad_status holds a value that does not parse");
  }
}

TEST(ParseEmailStatus, KnowsEachStatusByItsNameOnly) {
  EXPECT_EQ(mail::ParseEmailStatus("pending"), mail::EmailStatus::kPending);
  EXPECT_EQ(mail::ParseEmailStatus("sent"), mail::EmailStatus::kSent);
  EXPECT_EQ(mail::ParseEmailStatus("failed"), mail::EmailStatus::kFailed);
  EXPECT_EQ(mail::ParseEmailStatus("Sent"), std::nullopt);
  EXPECT_EQ(mail::ParseEmailStatus(""), std::nullopt);
}

TEST(ParseRole, KnowsCustomersAndAdminsOnly) {
  EXPECT_EQ(auth::ParseRole("customer"), "customer");
  EXPECT_EQ(auth::ParseRole("admin"), "admin");
  EXPECT_EQ(auth::ParseRole("Admin"), std::nullopt);
  EXPECT_EQ(auth::ParseRole(""), std::nullopt);
}

TEST(ParsePurpose, KnowsTheTwoKindsOfAccountMail) {
  EXPECT_EQ(auth::ParsePurpose("verify_email"), auth::kVerifyEmail);
  EXPECT_EQ(auth::ParsePurpose("reset_password"), auth::kResetPassword);
  EXPECT_EQ(auth::ParsePurpose("welcome"), std::nullopt);
}

}  // namespace
}  // namespace shop
