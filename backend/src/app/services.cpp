#include "app/services.hpp"

namespace shop::app {

AppServices::AppServices(const Config& config, db::Pool& pool)
    : authenticator_(config.secret_key, pool),
      account_mailer_(pool, config.frontend_url),
      restock_notifier_(config.frontend_url),
      catalog_(pool, config.upload_dir, restock_notifier_, static_cast<std::size_t>(config.response_cache_mb) << 20),
      stats_cache_([this] { return catalog_.cache().Version(); }, admin::kStatsMaxAge),
      auth_(pool, authenticator_, account_mailer_, stats_cache_, config.secret_key, config.frontend_url,
            config.auth_rate_limit),
      cart_(pool, catalog_.cache(), config.discount_attempt_limit),
      orders_(pool, catalog_.cache(), stats_cache_, restock_notifier_, config.frontend_url,
              {config.order_rate_limit, config.max_pending_orders, config.pending_order_ttl}),
      admin_(pool, authenticator_, stats_cache_),
      addresses_(pool),
      discounts_(pool),
      reviews_(pool, catalog_.cache()),
      wishlist_(pool),
      stock_alerts_(pool),
      variants_(pool, catalog_.cache(), restock_notifier_),
      services_{config, pool,       authenticator_, account_mailer_, auth_,     catalog_,      cart_,    orders_,
                admin_, addresses_, discounts_,     reviews_,        wishlist_, stock_alerts_, variants_} {}

}  // namespace shop::app
