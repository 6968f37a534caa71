// Typed server configuration, read once from the environment at start-up (see API.md).
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "common/log.hpp"
#include "http/client_address.hpp"

namespace shop::app {

enum class SmtpTls { kNone, kStartTls, kTls };

struct Config {
  std::string host = "127.0.0.1";
  int port = 8000;
  bool production = false;  // APP_ENV=production
  std::string database_url;
  std::string secret_key;
  std::string frontend_url = "http://localhost:3000";
  std::vector<std::string> cors_origins = {"http://localhost:3000"};
  std::string smtp_host;  // empty: emails are written to mail_dir
  int smtp_port = 587;
  std::string smtp_user;
  std::string smtp_password;
  std::string smtp_from = "shop@localhost";
  SmtpTls smtp_tls = SmtpTls::kStartTls;
  std::filesystem::path mail_dir;
  int mail_max_attempts = 16;      // then the email is marked failed (about four hours at the default delay)
  int mail_retry_delay_ms = 1000;  // after the first failed attempt; doubled after each next, at most an hour
  std::filesystem::path upload_dir;
  std::string admin_email;
  std::string admin_password;
  int auth_rate_limit = 10;              // per minute; 0 turns the limit off
  http::TrustedProxies trusted_proxies;  // TRUSTED_PROXIES; none by default: X-Forwarded-For is ignored
  // Abuse limits: open connections (beyond it new ones wait to be accepted), the time a client
  // has to send a whole request (a kept-alive connection idle that long is closed), the response
  // cache's memory, checkouts and cancellations per user per hour (0: off), a customer's pending
  // orders holding stock (0: no cap), how long an unpaid pending order holds it (0: forever), and
  // attempts to apply a discount code per user per hour (0: off; codes are not to be guessed).
  int max_connections = 1024;
  std::chrono::seconds read_timeout{30};
  int response_cache_mb = 48;
  int order_rate_limit = 30;
  int max_pending_orders = 5;
  std::chrono::seconds pending_order_ttl = std::chrono::hours(72);  // a weekend without processing cancels nothing
  int discount_attempt_limit = 30;
  int db_pool_size = 0;
  int workers = 0;
  log::Level log_level = log::Level::kInfo;
  log::Format log_format = log::Format::kText;
  std::filesystem::path data_dir;  // the project's var/ folder: default secrets, mail, uploads
};

// Reads the value of an environment variable, or nullopt when unset.
using EnvLookup = std::function<std::optional<std::string>(const std::string& name)>;

// The process environment.
std::optional<std::string> ProcessEnv(const std::string& name);

// Builds the configuration from `env`. Returns the list of problems instead when any value is bad,
// each one line that names its variable. `data_dir` is where defaults live; the secret key
// default is generated there on first use (so loading may create that file).
struct ConfigProblems {
  std::vector<std::string> problems;
};
std::variant<Config, ConfigProblems> LoadConfig(const EnvLookup& env, const std::filesystem::path& data_dir);

// The default connection string: the project's own PostgreSQL under `data_dir`.
std::string LocalDatabaseUrl(const std::filesystem::path& data_dir);

}  // namespace shop::app
