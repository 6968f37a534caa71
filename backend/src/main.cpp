// shop-api: wiring only. Configuration → database pool → routes → server → wait for a signal.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <thread>

#include "app/config.hpp"
#include "app/housekeeping.hpp"
#include "app/routes.hpp"
#include "app/server.hpp"
#include "app/services.hpp"
#include "auth/auth_service.hpp"
#include "common/log.hpp"
#include "db/migrate.hpp"
#include "db/pool.hpp"
#include "demo/demo_catalog.hpp"
#include "mail/sender.hpp"

namespace {

using shop::app::Config;

// The project's data folder: var/ at the top of the checkout, beside build/bin/shop-api.
std::filesystem::path DefaultDataDir() {
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return std::filesystem::current_path() / "var";
  return exe.parent_path().parent_path().parent_path() / "var";
}

Config LoadConfigOrExit() {
  auto loaded = shop::app::LoadConfig(shop::app::ProcessEnv, DefaultDataDir());
  if (auto* problems = std::get_if<shop::app::ConfigProblems>(&loaded)) {
    for (const auto& problem : problems->problems) std::cerr << "configuration error: " << problem << "\n";
    std::exit(2);
  }
  return std::get<Config>(std::move(loaded));
}

int Migrate(const Config& config) {
  auto connection = shop::db::Connection::Open(config.database_url, std::chrono::seconds(5));
  const auto applied = shop::db::Migrate(*connection, shop::db::EmbeddedMigrations());
  for (const auto& name : applied) shop::log::Info("migration applied", {{"name", name}});
  if (applied.empty()) shop::log::Info("database schema is up to date");
  return 0;
}

// Loads the demo shop into an empty catalog; does nothing when the catalog has products.
int SeedDemo(const Config& config) {
  Migrate(config);
  auto connection = shop::db::Connection::Open(config.database_url, std::chrono::seconds(5));
  const auto seeded = shop::demo::SeedDemoCatalog(*connection, config.upload_dir);
  if (seeded.products == 0) {
    shop::log::Info("the catalog already has products; demo shop not loaded");
  } else {
    shop::log::Info("demo shop loaded", {{"categories", std::to_string(seeded.categories)},
                                         {"products", std::to_string(seeded.products)},
                                         {"discount_codes", std::to_string(seeded.discount_codes)},
                                         {"reviews", std::to_string(seeded.reviews)}});
  }
  return 0;
}

// Makes sure the admin of `email` exists, verified and active, with `password`; exits with 2 when
// either is not acceptable, naming the setting by `email_name` / `password_name`.
void EnsureAdminOrExit(shop::db::Connection& connection, const std::string& email, const std::string& password,
                       const std::string& email_name, const std::string& password_name) {
  auto admin = shop::auth::EnsureAdmin(connection, email, password);
  if (!admin) {
    const auto& field = admin.error().fields.front();
    std::cerr << "configuration error: " << (field.loc.front() == "email" ? email_name : password_name) << ": "
              << field.msg << "\n";
    std::exit(2);
  }
  shop::log::Info("admin account ready", {{"email", admin->email}});
}

int CreateAdmin(const Config& config, const std::string& email, const std::string& password) {
  Migrate(config);
  auto connection = shop::db::Connection::Open(config.database_url, std::chrono::seconds(5));
  EnsureAdminOrExit(*connection, email, password, "--email", "--password");
  return 0;
}

shop::mail::SenderOptions MailOptions(const Config& config) {
  shop::mail::SenderOptions options;
  options.from = config.smtp_from;
  options.mail_dir = config.mail_dir;
  options.max_attempts = config.mail_max_attempts;
  options.retry_delay = std::chrono::milliseconds(config.mail_retry_delay_ms);
  if (!config.smtp_host.empty()) {
    options.smtp = shop::mail::SmtpServer{config.smtp_host,
                                          config.smtp_port,
                                          config.smtp_user,
                                          config.smtp_password,
                                          config.smtp_tls == shop::app::SmtpTls::kTls,
                                          config.smtp_tls != shop::app::SmtpTls::kNone};
  }
  return options;
}

int Serve(const Config& config) {
  Migrate(config);
  shop::db::Pool pool(config.database_url, config.db_pool_size);
  if (!config.admin_email.empty()) {
    auto lease = pool.Acquire();
    EnsureAdminOrExit(*lease, config.admin_email, config.admin_password, "ADMIN_EMAIL", "ADMIN_PASSWORD");
  }
  shop::app::AppServices app_services(config, pool);
  shop::app::Services& services = app_services.services();
  shop::mail::MailSender mail_sender(config.database_url, MailOptions(config));
  const auto router = shop::app::BuildRouter(services);

  shop::app::ServerOptions options;
  options.host = config.host;
  options.port = config.port;
  options.io_threads = static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u, 4u));
  options.workers = config.workers;
  options.max_queued = static_cast<std::size_t>(config.workers) * 64;
  options.cors.origins = config.cors_origins;
  options.trusted_proxies = config.trusted_proxies;
  options.max_connections = static_cast<std::size_t>(config.max_connections);
  options.read_timeout = config.read_timeout;
  const shop::http::Authenticator authenticate = [&](const shop::http::Request& request) {
    return services.authenticator.Authenticate(request);
  };

  std::optional<shop::app::HoldRelease> holds;
  if (config.pending_order_ttl.count() > 0) {
    holds = shop::app::HoldRelease{[&services] { return services.orders.ReleaseExpiredHolds(); },
                                   shop::app::HoldReleaseInterval(config.pending_order_ttl)};
  }
  shop::app::Housekeeping housekeeping(pool, std::move(holds));
  mail_sender.Start();
  services.account_mailer.Start();
  housekeeping.Start();
  shop::app::Serve(options, router, authenticate, [&] {
    shop::log::Info("listening", {{"url", "http://" + config.host + ":" + std::to_string(config.port)},
                                  {"workers", std::to_string(config.workers)},
                                  {"db_pool_size", std::to_string(config.db_pool_size)}});
  });
  housekeeping.Stop();
  services.account_mailer.Stop();
  mail_sender.Stop();
  pool.Close();
  shop::log::Info("stopped");
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App cli{"shop-api: the shop's REST API server"};
  cli.require_subcommand(0, 1);
  auto* serve = cli.add_subcommand("serve", "Serve the API (the default)");
  auto* migrate = cli.add_subcommand("migrate", "Apply the database migrations and exit");
  auto* seed_demo = cli.add_subcommand("seed-demo", "Load the demo shop into an empty catalog and exit");
  auto* create_admin = cli.add_subcommand("create-admin", "Create or update a verified, active admin and exit");
  std::string admin_email;
  std::string admin_password;
  create_admin->add_option("--email", admin_email, "The admin's email address")->required();
  create_admin->add_option("--password", admin_password, "The admin's password (8 to 72 bytes)")->required();
  CLI11_PARSE(cli, argc, argv);

  const Config config = LoadConfigOrExit();
  shop::log::Init(config.log_level, config.log_format);
  try {
    if (migrate->parsed()) return Migrate(config);
    if (seed_demo->parsed()) return SeedDemo(config);
    if (create_admin->parsed()) return CreateAdmin(config, admin_email, admin_password);
    (void)serve;
    return Serve(config);
  } catch (const shop::db::Unavailable& e) {
    shop::log::Error("database unavailable", {{"error", e.what()}});
    return 1;
  } catch (const std::exception& e) {
    shop::log::Error("fatal error", {{"error", e.what()}});
    return 1;
  }
}
