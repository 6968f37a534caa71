#include "app/config.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

namespace shop::app {
namespace {

class ConfigTest : public ::testing::Test {
 protected:
  void SetUp() override {
    data_dir_ =
        std::filesystem::temp_directory_path() / ("shop-config-test-" + std::to_string(::getpid()) + "-" +
                                                  ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(data_dir_);
  }
  void TearDown() override { std::filesystem::remove_all(data_dir_); }

  std::variant<Config, ConfigProblems> Load(std::map<std::string, std::string> env) {
    return LoadConfig(
        [&env](const std::string& name) -> std::optional<std::string> {
          auto found = env.find(name);
          if (found == env.end()) return std::nullopt;
          return found->second;
        },
        data_dir_);
  }

  static std::vector<std::string> Problems(const std::variant<Config, ConfigProblems>& loaded) {
    if (auto* problems = std::get_if<ConfigProblems>(&loaded)) return problems->problems;
    return {};
  }

  std::filesystem::path data_dir_;
};

TEST_F(ConfigTest, DefaultsWorkForALocalRun) {
  auto loaded = Load({});
  ASSERT_TRUE(std::holds_alternative<Config>(loaded)) << Problems(loaded).front();
  const auto& config = std::get<Config>(loaded);
  EXPECT_EQ(config.host, "127.0.0.1");
  EXPECT_EQ(config.port, 8000);
  EXPECT_EQ(config.frontend_url, "http://localhost:3000");
  EXPECT_EQ(config.cors_origins, std::vector<std::string>{"http://localhost:3000"});
  EXPECT_EQ(config.smtp_port, 587);
  EXPECT_EQ(config.smtp_from, "shop@localhost");
  EXPECT_EQ(config.smtp_tls, SmtpTls::kStartTls);
  EXPECT_EQ(config.auth_rate_limit, 10);
  EXPECT_EQ(config.mail_dir, data_dir_ / "mail");
  EXPECT_EQ(config.upload_dir, data_dir_ / "uploads");
  EXPECT_NE(config.database_url.find((data_dir_ / "pg" / "run").string()), std::string::npos);
  EXPECT_GT(config.db_pool_size, 0);
  EXPECT_GT(config.workers, 0);
}

TEST_F(ConfigTest, GivesEveryWorkerADatabaseConnectionUnlessToldOtherwise) {
  EXPECT_EQ(std::get<Config>(Load({})).db_pool_size, std::get<Config>(Load({})).workers);
  const auto sized = std::get<Config>(Load({{"WORKERS", "6"}}));
  EXPECT_EQ(sized.workers, 6);
  EXPECT_EQ(sized.db_pool_size, 6);
  EXPECT_EQ(std::get<Config>(Load({{"WORKERS", "6"}, {"DB_POOL_SIZE", "2"}})).db_pool_size, 2);
}

TEST_F(ConfigTest, GeneratesTheSecretKeyOnceAndKeepsIt) {
  const auto first = std::get<Config>(Load({})).secret_key;
  const auto second = std::get<Config>(Load({})).secret_key;
  EXPECT_GE(first.size(), 32u);
  EXPECT_EQ(first, second);
  EXPECT_TRUE(std::filesystem::exists(data_dir_ / "secret_key"));
}

TEST_F(ConfigTest, ReadsEveryVariable) {
  auto loaded = Load({{"HOST", "0.0.0.0"},
                      {"PORT", "9000"},
                      {"DATABASE_URL", "postgresql://u:p@db:5432/shop"},
                      {"SECRET_KEY", std::string(40, 'k')},
                      {"FRONTEND_URL", "https://shop.example/"},
                      {"CORS_ORIGINS", "https://a.example, https://b.example"},
                      {"SMTP_HOST", "smtp.example"},
                      {"SMTP_PORT", "465"},
                      {"SMTP_TLS", "tls"},
                      {"SMTP_FROM", "hello@shop.example"},
                      {"AUTH_RATE_LIMIT", "0"},
                      {"DB_POOL_SIZE", "3"},
                      {"WORKERS", "5"},
                      {"LOG_LEVEL", "debug"},
                      {"LOG_FORMAT", "json"}});
  ASSERT_TRUE(std::holds_alternative<Config>(loaded)) << Problems(loaded).front();
  const auto& config = std::get<Config>(loaded);
  EXPECT_EQ(config.port, 9000);
  EXPECT_EQ(config.database_url, "postgresql://u:p@db:5432/shop");
  EXPECT_EQ(config.frontend_url, "https://shop.example");
  EXPECT_EQ(config.cors_origins, (std::vector<std::string>{"https://a.example", "https://b.example"}));
  EXPECT_EQ(config.smtp_tls, SmtpTls::kTls);
  EXPECT_EQ(config.smtp_port, 465);
  EXPECT_EQ(config.auth_rate_limit, 0);
  EXPECT_EQ(config.db_pool_size, 3);
  EXPECT_EQ(config.workers, 5);
  EXPECT_EQ(config.log_level, log::Level::kDebug);
  EXPECT_EQ(config.log_format, log::Format::kJson);
}

TEST_F(ConfigTest, NamesTheVariableOfEveryBadValue) {
  auto problems = Problems(Load({{"PORT", "70000"},
                                 {"SMTP_TLS", "maybe"},
                                 {"LOG_FORMAT", "xml"},
                                 {"AUTH_RATE_LIMIT", "-1"},
                                 {"DATABASE_URL", "mysql://x"},
                                 {"SECRET_KEY", "short"}}));
  ASSERT_EQ(problems.size(), 6u);
  for (const auto* name : {"PORT", "SMTP_TLS", "LOG_FORMAT", "AUTH_RATE_LIMIT", "DATABASE_URL", "SECRET_KEY"}) {
    EXPECT_TRUE(std::any_of(problems.begin(), problems.end(), [&](const std::string& p) {
      return p.rfind(name, 0) == 0;
    })) << name;
  }
}

TEST_F(ConfigTest, ProductionRequiresAStrongSecretKey) {
  auto problems = Problems(Load({{"APP_ENV", "production"}}));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].rfind("SECRET_KEY", 0), 0u);
  EXPECT_TRUE(std::holds_alternative<Config>(Load({{"APP_ENV", "production"}, {"SECRET_KEY", std::string(32, 's')}})));
}

TEST_F(ConfigTest, AdminEmailAndPasswordGoTogether) {
  EXPECT_EQ(Problems(Load({{"ADMIN_EMAIL", "a@b.example"}})).size(), 1u);
  EXPECT_TRUE(std::holds_alternative<Config>(Load({{"ADMIN_EMAIL", "a@b.example"}, {"ADMIN_PASSWORD", "secret123"}})));
}

TEST_F(ConfigTest, TrustsNoProxyUnlessTrustedProxiesNamesThem) {
  const auto loopback = *http::ParseIpAddress("127.0.0.1");
  EXPECT_TRUE(std::get<Config>(Load({})).trusted_proxies.empty());
  const auto trusted = std::get<Config>(Load({{"TRUSTED_PROXIES", "127.0.0.1, 10.0.0.0/8"}})).trusted_proxies;
  EXPECT_TRUE(trusted.Contains(loopback));
  EXPECT_TRUE(trusted.Contains(*http::ParseIpAddress("10.2.3.4")));
  auto problems = Problems(Load({{"TRUSTED_PROXIES", "127.0.0.1, proxy.local"}}));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0], "TRUSTED_PROXIES: 'proxy.local' is neither an IP address nor a CIDR range");
}

TEST_F(ConfigTest, MailRetriesAreBoundedAndTheirDelayConfigurable) {
  const auto defaults = std::get<Config>(Load({}));
  EXPECT_EQ(defaults.mail_max_attempts, 16);
  EXPECT_EQ(defaults.mail_retry_delay_ms, 1000);
  const auto chosen = std::get<Config>(Load({{"MAIL_MAX_ATTEMPTS", "3"}, {"MAIL_RETRY_DELAY_MS", "20"}}));
  EXPECT_EQ(chosen.mail_max_attempts, 3);
  EXPECT_EQ(chosen.mail_retry_delay_ms, 20);
  EXPECT_EQ(Problems(Load({{"MAIL_MAX_ATTEMPTS", "0"}, {"MAIL_RETRY_DELAY_MS", "soon"}})).size(), 2u);
}

}  // namespace
}  // namespace shop::app
