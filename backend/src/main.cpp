// shop-api: wiring only. Configuration → database pool → routes → server → wait for a signal.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <thread>

#include "admin/admin_service.hpp"
#include "app/config.hpp"
#include "app/routes.hpp"
#include "app/server.hpp"
#include "app/services.hpp"
#include "auth/authenticator.hpp"
#include "common/epoch.hpp"
#include "common/log.hpp"
#include "db/migrate.hpp"
#include "db/pool.hpp"

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

int Serve(const Config& config) {
  Migrate(config);
  shop::db::Pool pool(config.database_url, config.db_pool_size);
  shop::auth::Authenticator authenticator(config.secret_key, pool);
  shop::Epoch catalog_epoch;
  shop::admin::AdminService admin(pool, authenticator);
  shop::app::Services services{config, pool, authenticator, catalog_epoch, admin};
  const auto router = shop::app::BuildRouter(services);

  shop::app::ServerOptions options;
  options.host = config.host;
  options.port = config.port;
  options.io_threads = static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u, 4u));
  options.workers = config.workers;
  options.max_queued = static_cast<std::size_t>(config.workers) * 64;
  options.cors.origins = config.cors_origins;
  const shop::http::Authenticator authenticate = [&](const shop::http::Request& request) {
    return authenticator.Authenticate(request);
  };

  shop::app::Serve(options, router, authenticate, [&] {
    shop::log::Info("listening", {{"url", "http://" + config.host + ":" + std::to_string(config.port)},
                                  {"workers", std::to_string(config.workers)},
                                  {"db_pool_size", std::to_string(config.db_pool_size)}});
  });
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
  CLI11_PARSE(cli, argc, argv);

  const Config config = LoadConfigOrExit();
  shop::log::Init(config.log_level, config.log_format);
  try {
    if (migrate->parsed()) return Migrate(config);
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
