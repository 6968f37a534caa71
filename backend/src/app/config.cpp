#include "app/config.hpp"

#include <openssl/rand.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <fstream>
#include <thread>

namespace shop::app {
namespace {

std::optional<int> ParseInt(const std::string& text, int min, int max) {
  int value = 0;
  const auto* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end || value < min || value > max) return std::nullopt;
  return value;
}

std::vector<std::string> SplitList(const std::string& text) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t comma = std::min(text.find(',', start), text.size());
    std::string item = text.substr(start, comma - start);
    item.erase(0, item.find_first_not_of(" \t"));
    item.erase(item.find_last_not_of(" \t") + 1);
    if (!item.empty()) items.push_back(item);
    start = comma + 1;
  }
  return items;
}

bool IsHttpUrl(const std::string& url) {
  return (url.starts_with("http://") || url.starts_with("https://")) && url.size() > 8 &&
         url.find_first_of(" \t\r\n") == std::string::npos;
}

// Reads the secret kept under the data folder, or makes one (256 random bits, hex) the first time.
std::optional<std::string> LocalSecret(const std::filesystem::path& data_dir) {
  const auto path = data_dir / "secret_key";
  if (std::ifstream in(path); in) {
    std::string key;
    std::getline(in, key);
    if (key.size() >= 32) return key;
  }
  unsigned char bytes[32];
  if (RAND_bytes(bytes, sizeof bytes) != 1) return std::nullopt;
  static constexpr char kHex[] = "0123456789abcdef";
  std::string key;
  for (unsigned char b : bytes) {
    key += kHex[b >> 4];
    key += kHex[b & 15];
  }
  std::error_code ec;
  std::filesystem::create_directories(data_dir, ec);
  const auto tmp = path.string() + ".tmp";
  {
    std::ofstream out(tmp, std::ios::trunc);
    if (!out || !(out << key << '\n')) return std::nullopt;
  }
  std::filesystem::permissions(tmp, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write, ec);
  std::filesystem::rename(tmp, path, ec);
  if (ec) return std::nullopt;
  return key;
}

// A duration: whole minutes, or a whole number with the unit s, m or h ("90s", "15m", "24h").
std::optional<std::chrono::seconds> ParseDuration(std::string text) {
  std::int64_t unit = 60;
  if (!text.empty() && (text.back() == 's' || text.back() == 'm' || text.back() == 'h')) {
    unit = text.back() == 's' ? 1 : text.back() == 'm' ? 60 : 3600;
    text.pop_back();
  }
  const auto value = ParseInt(text, 0, 1'000'000);
  if (!value) return std::nullopt;
  return std::chrono::seconds(*value * unit);
}

}  // namespace

std::optional<std::string> ProcessEnv(const std::string& name) {
  const char* value = std::getenv(name.c_str());
  if (value == nullptr) return std::nullopt;
  return std::string(value);
}

std::string LocalDatabaseUrl(const std::filesystem::path& data_dir) {
  return "postgresql://shop@/shop?host=" + (data_dir / "pg" / "run").string() + "&port=5433";
}

std::variant<Config, ConfigProblems> LoadConfig(const EnvLookup& env, const std::filesystem::path& data_dir) {
  Config config;
  config.data_dir = data_dir;
  std::vector<std::string> problems;
  const auto get = [&](const char* name) -> std::optional<std::string> {
    auto value = env(name);
    if (value && value->empty()) return std::nullopt;  // an empty variable means "use the default"
    return value;
  };
  const auto get_int = [&](const char* name, int& target, int min, int max) {
    if (auto text = get(name)) {
      if (auto value = ParseInt(*text, min, max)) {
        target = *value;
      } else {
        problems.push_back(std::string(name) + ": expected a whole number from " + std::to_string(min) + " to " +
                           std::to_string(max) + ", got '" + *text + "'");
      }
    }
  };

  if (auto v = get("APP_ENV")) {
    if (*v == "production") {
      config.production = true;
    } else if (*v != "development" && *v != "test") {
      problems.push_back("APP_ENV: expected production, development or test, got '" + *v + "'");
    }
  }
  if (auto v = get("HOST")) config.host = *v;
  get_int("PORT", config.port, 1, 65535);

  config.database_url = get("DATABASE_URL").value_or(LocalDatabaseUrl(data_dir));
  if (!config.database_url.starts_with("postgresql://") && !config.database_url.starts_with("postgres://")) {
    problems.emplace_back("DATABASE_URL: expected postgresql://user:password@host:port/dbname");
  }

  if (auto v = get("SECRET_KEY")) {
    if (v->size() < 32) problems.emplace_back("SECRET_KEY: must be at least 32 bytes long");
    config.secret_key = *v;
  } else if (config.production) {
    problems.emplace_back("SECRET_KEY: required when APP_ENV=production (at least 32 bytes)");
  } else if (auto key = LocalSecret(data_dir)) {
    config.secret_key = *key;
  } else {
    problems.push_back("SECRET_KEY: not set, and no key could be kept under " + data_dir.string());
  }

  if (auto v = get("FRONTEND_URL")) {
    if (!IsHttpUrl(*v)) problems.push_back("FRONTEND_URL: expected an http:// or https:// URL, got '" + *v + "'");
    config.frontend_url = *v;
    while (config.frontend_url.ends_with('/')) config.frontend_url.pop_back();
  }
  if (auto v = get("CORS_ORIGINS")) {
    config.cors_origins = SplitList(*v);
    for (const auto& origin : config.cors_origins) {
      if (origin != "*" && !IsHttpUrl(origin)) {
        problems.push_back("CORS_ORIGINS: '" + origin + "' is not an http:// or https:// origin");
      }
    }
  }

  if (auto v = get("SMTP_HOST")) config.smtp_host = *v;
  get_int("SMTP_PORT", config.smtp_port, 1, 65535);
  if (auto v = get("SMTP_USER")) config.smtp_user = *v;
  if (auto v = get("SMTP_PASSWORD")) config.smtp_password = *v;
  if (auto v = get("SMTP_FROM")) {
    if (v->find('@') == std::string::npos) problems.push_back("SMTP_FROM: expected an email address, got '" + *v + "'");
    config.smtp_from = *v;
  }
  if (auto v = get("SMTP_TLS")) {
    if (*v == "none") {
      config.smtp_tls = SmtpTls::kNone;
    } else if (*v == "starttls") {
      config.smtp_tls = SmtpTls::kStartTls;
    } else if (*v == "tls") {
      config.smtp_tls = SmtpTls::kTls;
    } else {
      problems.push_back("SMTP_TLS: expected none, starttls or tls, got '" + *v + "'");
    }
  }
  config.mail_dir = get("MAIL_DIR").value_or((data_dir / "mail").string());
  get_int("MAIL_MAX_ATTEMPTS", config.mail_max_attempts, 1, 100);
  get_int("MAIL_RETRY_DELAY_MS", config.mail_retry_delay_ms, 1, 3'600'000);
  config.upload_dir = get("UPLOAD_DIR").value_or((data_dir / "uploads").string());

  if (auto v = get("ADMIN_EMAIL")) config.admin_email = *v;
  if (auto v = get("ADMIN_PASSWORD")) config.admin_password = *v;
  if (config.admin_email.empty() != config.admin_password.empty()) {
    problems.emplace_back(config.admin_email.empty() ? "ADMIN_EMAIL: required when ADMIN_PASSWORD is set"
                                                     : "ADMIN_PASSWORD: required when ADMIN_EMAIL is set");
  }
  get_int("AUTH_RATE_LIMIT", config.auth_rate_limit, 0, 1'000'000);
  if (auto v = get("TRUSTED_PROXIES")) {
    auto parsed = http::TrustedProxies::Parse(*v);
    if (auto* bad = std::get_if<std::string>(&parsed)) {
      problems.push_back("TRUSTED_PROXIES: '" + *bad + "' is neither an IP address nor a CIDR range");
    } else {
      config.trusted_proxies = std::get<http::TrustedProxies>(std::move(parsed));
    }
  }

  get_int("MAX_CONNECTIONS", config.max_connections, 1, 1'000'000);
  int read_timeout = static_cast<int>(config.read_timeout.count());
  get_int("READ_TIMEOUT", read_timeout, 1, 3600);
  config.read_timeout = std::chrono::seconds(read_timeout);
  get_int("RESPONSE_CACHE_MB", config.response_cache_mb, 1, 65'536);
  get_int("ORDER_RATE_LIMIT", config.order_rate_limit, 0, 1'000'000);
  get_int("MAX_PENDING_ORDERS", config.max_pending_orders, 0, 1'000'000);
  get_int("DISCOUNT_ATTEMPT_LIMIT", config.discount_attempt_limit, 0, 1'000'000);
  if (auto v = get("PENDING_ORDER_TTL")) {
    if (auto ttl = ParseDuration(*v)) {
      config.pending_order_ttl = *ttl;
    } else {
      problems.push_back("PENDING_ORDER_TTL: expected whole minutes or a number with s, m or h (90s, 15m, 24h), got '" +
                         *v + "'");
    }
  }

  const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  config.workers = std::clamp(cores * 4, 8, 64);
  get_int("WORKERS", config.workers, 1, 1000);
  // A connection for every worker by default: a worker left waiting for one costs two more
  // context switches per request, which on a busy server is more CPU than the request itself.
  config.db_pool_size = config.workers;
  get_int("DB_POOL_SIZE", config.db_pool_size, 1, 1000);

  if (auto v = get("LOG_LEVEL")) {
    if (*v == "debug") {
      config.log_level = log::Level::kDebug;
    } else if (*v == "info") {
      config.log_level = log::Level::kInfo;
    } else if (*v == "warning" || *v == "warn") {
      config.log_level = log::Level::kWarn;
    } else if (*v == "error") {
      config.log_level = log::Level::kError;
    } else {
      problems.push_back("LOG_LEVEL: expected debug, info, warning or error, got '" + *v + "'");
    }
  }
  if (auto v = get("LOG_FORMAT")) {
    if (*v == "text") {
      config.log_format = log::Format::kText;
    } else if (*v == "json") {
      config.log_format = log::Format::kJson;
    } else {
      problems.push_back("LOG_FORMAT: expected text or json, got '" + *v + "'");
    }
  }

  if (!problems.empty()) return ConfigProblems{std::move(problems)};
  return config;
}

}  // namespace shop::app
