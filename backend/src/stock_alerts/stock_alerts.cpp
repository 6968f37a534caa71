#include "stock_alerts/stock_alerts.hpp"

#include "mail/compose.hpp"
#include "stock_alerts/stock_alerts_store.hpp"

namespace shop::stock_alerts {

mail::Message BackInStockEmail(const DueAlert& alert, const std::string& frontend_url) {
  const std::vector<std::string> paragraphs = {
      alert.product_name + " is back in stock. You asked us to tell you, so you are the first to know.",
      "We have not put it aside for you: it may sell out again."};
  const std::string greeting = alert.full_name.empty() ? "Hello" : "Hello " + alert.full_name;
  return mail::Compose("back_in_stock", alert.email, alert.product_name + " is back in stock", greeting, paragraphs,
                       mail::Action{"See " + alert.product_name, frontend_url + "/products/" + alert.product_slug});
}

std::int64_t RestockNotifier::Restocked(db::Connection& connection,
                                        const std::vector<std::int64_t>& product_ids) const {
  if (product_ids.empty()) return 0;
  const auto due = store::TakeDue(connection, product_ids);
  for (const auto& alert : due) mail::Enqueue(connection, BackInStockEmail(alert, frontend_url_));
  return static_cast<std::int64_t>(due.size());
}

}  // namespace shop::stock_alerts
