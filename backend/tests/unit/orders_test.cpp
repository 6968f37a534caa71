#include "orders/orders.hpp"

#include <gtest/gtest.h>

#include <set>
#include <tuple>

#include "orders/orders_service.hpp"

namespace shop::orders {
namespace {

using enum OrderStatus;
constexpr OrderStatus kAll[] = {kPending, kProcessing, kShipped, kDelivered, kCancelled};

TEST(CanTransition, AdminFollowsTheLifecycleAndCancelsUntilShipped) {
  const std::set<std::pair<OrderStatus, OrderStatus>> allowed = {{kPending, kProcessing},
                                                                 {kProcessing, kShipped},
                                                                 {kShipped, kDelivered},
                                                                 {kPending, kCancelled},
                                                                 {kProcessing, kCancelled}};
  for (auto from : kAll) {
    for (auto to : kAll) {
      EXPECT_EQ(CanTransition(from, to, Actor::kAdmin), allowed.contains({from, to}))
          << ToString(from) << " -> " << ToString(to);
    }
  }
}

TEST(CanTransition, OwnerMayOnlyCancelAPendingOrder) {
  for (auto from : kAll) {
    for (auto to : kAll) {
      EXPECT_EQ(CanTransition(from, to, Actor::kOwner), from == kPending && to == kCancelled)
          << ToString(from) << " -> " << ToString(to);
    }
  }
}

TEST(OrderStatusNames, ParseAndPrintRoundTrip) {
  for (auto status : kAll) EXPECT_EQ(ParseStatus(ToString(status)), status);
  EXPECT_EQ(ParseStatus("Pending"), std::nullopt);
  EXPECT_EQ(ParseStatus(""), std::nullopt);
}

CheckoutDetails Details() {
  return {"Ada", "ada@example.com", std::nullopt, "1 Main St", "Springfield", "IL", "62701", "US", "Ring twice"};
}

TEST(CheckoutDetailsJson, EqualDetailsSerialiseEquallyAndAbsentFieldsAreNull) {
  EXPECT_EQ(ToJson(Details()).dump(), ToJson(Details()).dump());
  auto other = Details();
  other.shipping_city = "Shelbyville";
  EXPECT_NE(ToJson(other).dump(), ToJson(Details()).dump());
  EXPECT_EQ(ToJson(Details())["customer_phone"], nullptr);
}

Order SampleOrder(OrderStatus status = kPending) {
  Order order;
  order.id = 42;
  order.order_number = "ORD-100042";
  order.status = status;
  order.customer_name = "Ada <Buyer>";
  order.customer_email = "ada@example.com";
  order.shipping_address = "1 Main St";
  order.shipping_city = "Springfield";
  order.shipping_state = "IL";
  order.shipping_postal_code = "62701";
  order.shipping_country = "US";
  order.items = {{1, 7, "Teapot", "TEA-1", 3, Money::FromCents(1999)}, {2, 8, "Cup", "CUP-1", 1, Money::FromCents(10)}};
  order.subtotal = order.total_amount = Money::FromCents(3 * 1999 + 10);
  return order;
}

TEST(OrderJson, LineTotalsAreExact) {
  const auto json = ToJson(SampleOrder());
  EXPECT_EQ(json["items"][0]["line_total"].dump(), "59.97");
  EXPECT_EQ(json["total_amount"].dump(), "60.07");
  EXPECT_FALSE(ToJson(SampleOrder(), false).contains("items"));
}

TEST(OrderEmails, ConfirmationNamesTheOrderItsItemsTotalAddressAndLink) {
  const auto message = ConfirmationEmail(SampleOrder(), "account@example.com", "http://shop.test");
  EXPECT_EQ(message.kind, "order_confirmation");
  EXPECT_EQ(message.to, "account@example.com");
  EXPECT_NE(message.subject.find("ORD-100042"), std::string::npos);
  for (const std::string expected : {"ORD-100042", "3 × Teapot (TEA-1)", "$59.97", "Total: $60.07", "1 Main St",
                                     "Springfield, IL 62701, US", "http://shop.test/orders/42"}) {
    EXPECT_NE(message.text_body.find(expected), std::string::npos) << expected;
  }
  EXPECT_NE(message.html_body.find("http://shop.test/orders/42"), std::string::npos);
  EXPECT_NE(message.html_body.find("Ada &lt;Buyer&gt;"), std::string::npos);
}

TEST(OrderEmails, OnlyShippedDeliveredAndCancelledAreAnnounced) {
  EXPECT_FALSE(StatusEmail(SampleOrder(kPending), "account@example.com", "http://shop.test"));
  EXPECT_FALSE(StatusEmail(SampleOrder(kProcessing), "account@example.com", "http://shop.test"));
  for (auto [status, words] : {std::tuple{kShipped, "has shipped"}, std::tuple{kDelivered, "has been delivered"},
                               std::tuple{kCancelled, "has been cancelled"}}) {
    auto message = StatusEmail(SampleOrder(status), "account@example.com", "http://shop.test");
    ASSERT_TRUE(message);
    EXPECT_EQ(message->kind, "order_status");
    EXPECT_EQ(message->to, "account@example.com");
    EXPECT_NE(message->subject.find(std::string("ORD-100042 ") + words), std::string::npos) << message->subject;
    EXPECT_NE(message->text_body.find("http://shop.test/orders/42"), std::string::npos);
  }
}

TEST(OrderEmails, ReleaseSaysTheUnpaidOrderWasCancelledAndWhy) {
  const auto message =
      ReleaseEmail(SampleOrder(kCancelled), "account@example.com", "http://shop.test", std::chrono::hours(2));
  EXPECT_EQ(message.to, "account@example.com");
  EXPECT_NE(message.subject.find("ORD-100042 has been cancelled"), std::string::npos) << message.subject;
  EXPECT_NE(message.text_body.find("still pending 2 hours after it was placed"), std::string::npos)
      << message.text_body;
  EXPECT_NE(message.text_body.find("http://shop.test/orders/42"), std::string::npos);
  EXPECT_NE(
      ReleaseEmail(SampleOrder(kCancelled), "a@b.c", "http://x", std::chrono::seconds(90)).text_body.find("90 seconds"),
      std::string::npos);
  EXPECT_NE(ReleaseEmail(SampleOrder(kCancelled), "a@b.c", "http://x", std::chrono::minutes(1))
                .text_body.find("1 minute after"),
            std::string::npos);
}

}  // namespace
}  // namespace shop::orders
