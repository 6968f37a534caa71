#include "mail/sender.hpp"

#include <curl/curl.h>
#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <fstream>

#include "common/log.hpp"
#include "mail/mime.hpp"

namespace shop::mail {
namespace {

constexpr int kBatchSize = 10;
// Long enough for the slowest SMTP exchange; a sender that dies mid-send frees its rows after it.
constexpr std::chrono::seconds kClaimLease{120};
constexpr std::chrono::milliseconds kMaxRetryDelay{std::chrono::hours(1)};
constexpr std::chrono::seconds kConnectTimeout{2};
constexpr long kConnectTimeoutSeconds = 10;
constexpr long kSendTimeoutSeconds = 60;

Error DeliveryFailed(std::string reason) { return MakeError(Errc::kUnavailable, std::move(reason)); }

// Writes each message as <created µs>-<id>-<kind>.eml, complete before it appears under that name.
class DirectoryTransport : public Transport {
 public:
  explicit DirectoryTransport(std::filesystem::path dir) : dir_(std::move(dir)) {}

  Status Deliver(const QueuedMessage& queued, const std::string& rfc5322) override {
    std::error_code ec;
    std::filesystem::create_directories(dir_, ec);
    if (ec) return DeliveryFailed("cannot create " + dir_.string() + ": " + ec.message());
    std::string kind = queued.message.kind;
    std::replace_if(
        kind.begin(), kind.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
    const std::string name =
        std::to_string(queued.created_at_us) + "-" + std::to_string(queued.id) + "-" + kind + ".eml";
    const auto temporary = dir_ / ("." + name + ".tmp");
    {
      std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
      if (!out || !out.write(rfc5322.data(), static_cast<std::streamsize>(rfc5322.size())) || !out.flush()) {
        return DeliveryFailed("cannot write " + temporary.string());
      }
    }
    std::filesystem::rename(temporary, dir_ / name, ec);
    if (ec) return DeliveryFailed("cannot rename " + temporary.string() + ": " + ec.message());
    return Ok{};
  }

 private:
  const std::filesystem::path dir_;
};

// One SMTP session per message through libcurl.
class SmtpTransport : public Transport {
 public:
  SmtpTransport(SmtpServer server, std::string from, const std::atomic<bool>& stopping)
      : server_(std::move(server)), from_(std::move(from)), stopping_(stopping) {
    curl_global_init(CURL_GLOBAL_DEFAULT);
    const bool ipv6 = server_.host.find(':') != std::string::npos && !server_.host.starts_with('[');
    url_ = std::string(server_.implicit_tls ? "smtps://" : "smtp://") +
           (ipv6 ? "[" + server_.host + "]" : server_.host) + ":" + std::to_string(server_.port);
  }

  Status Deliver(const QueuedMessage& queued, const std::string& rfc5322) override {
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl) return DeliveryFailed("curl_easy_init failed");
    const std::string mail_from = "<" + from_ + ">";
    const std::string rcpt_to = "<" + queued.message.to + ">";
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> recipients(curl_slist_append(nullptr, rcpt_to.c_str()),
                                                                           &curl_slist_free_all);
    Upload upload{&rfc5322, 0};
    char error_text[CURL_ERROR_SIZE] = "";

    CURL* handle = curl.get();
    curl_easy_setopt(handle, CURLOPT_URL, url_.c_str());
    curl_easy_setopt(handle, CURLOPT_USE_SSL,
                     static_cast<long>(server_.require_tls ? CURLUSESSL_ALL : CURLUSESSL_NONE));
    if (!server_.user.empty()) {
      curl_easy_setopt(handle, CURLOPT_USERNAME, server_.user.c_str());
      curl_easy_setopt(handle, CURLOPT_PASSWORD, server_.password.c_str());
    }
    curl_easy_setopt(handle, CURLOPT_MAIL_FROM, mail_from.c_str());
    curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(handle, CURLOPT_READFUNCTION, &ReadUpload);
    curl_easy_setopt(handle, CURLOPT_READDATA, &upload);
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, kConnectTimeoutSeconds);
    curl_easy_setopt(handle, CURLOPT_TIMEOUT, kSendTimeoutSeconds);
    curl_easy_setopt(handle, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, &AbortWhenStopping);
    curl_easy_setopt(handle, CURLOPT_XFERINFODATA, &stopping_);
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, error_text);

    const CURLcode code = curl_easy_perform(handle);
    if (code != CURLE_OK) {
      std::string reason = curl_easy_strerror(code);
      if (error_text[0] != '\0') reason += ": " + std::string(error_text);
      return DeliveryFailed(std::move(reason));
    }
    return Ok{};
  }

 private:
  struct Upload {
    const std::string* text;
    std::size_t offset;
  };

  static std::size_t ReadUpload(char* buffer, std::size_t size, std::size_t count, void* data) {
    auto* upload = static_cast<Upload*>(data);
    const std::size_t length = std::min(size * count, upload->text->size() - upload->offset);
    std::copy_n(upload->text->data() + upload->offset, length, buffer);
    upload->offset += length;
    return length;
  }

  static int AbortWhenStopping(void* data, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
    return static_cast<const std::atomic<bool>*>(data)->load() ? 1 : 0;
  }

  const SmtpServer server_;
  const std::string from_;
  const std::atomic<bool>& stopping_;
  std::string url_;
};

}  // namespace

std::chrono::milliseconds RetryDelay(int attempts, std::chrono::milliseconds base) {
  auto delay = std::min(base, kMaxRetryDelay);
  for (int i = 1; i < attempts && delay < kMaxRetryDelay; ++i) delay = std::min(delay * 2, kMaxRetryDelay);
  return delay;
}

MailSender::MailSender(std::string database_url, SenderOptions options)
    : database_url_(std::move(database_url)), options_(std::move(options)) {
  if (options_.smtp) {
    transport_ = std::make_unique<SmtpTransport>(*options_.smtp, options_.from, worker_.stopping());
  } else {
    transport_ = std::make_unique<DirectoryTransport>(options_.mail_dir);
  }
}

void MailSender::Start() {
  log::Info("mail sender started",
            {{"transport", options_.smtp ? "smtp://" + options_.smtp->host + ":" + std::to_string(options_.smtp->port)
                                         : options_.mail_dir.string()}});
  worker_.Start([this] { return Pass(); });
}

WorkerThread::Clock::time_point MailSender::Pass() {
  std::size_t claimed = 0;
  try {
    claimed = DeliverDue();
    if (database_down_) log::Info("mail sender reached the database again");
    database_down_ = false;
  } catch (const db::Unavailable& e) {
    connection_.reset();
    if (!database_down_) log::Warn("mail sender cannot reach the database", {{"error", e.what()}});
    database_down_ = true;
  } catch (const std::exception& e) {
    log::Error("mail sender failed", {{"error", e.what()}});
  }
  const auto now = WorkerThread::Clock::now();
  return claimed == static_cast<std::size_t>(kBatchSize) ? now : now + options_.poll_interval;
}

db::Connection& MailSender::Database() {
  if (!connection_) connection_ = db::Connection::Open(database_url_, kConnectTimeout);
  return *connection_;
}

std::size_t MailSender::DeliverDue() {
  const auto batch = ClaimDue(Database(), kBatchSize, kClaimLease);
  for (const auto& queued : batch) {
    if (worker_.stopping()) {
      Release(Database(), queued.id);
      continue;
    }
    Deliver(queued);
  }
  return batch.size();
}

void MailSender::Deliver(const QueuedMessage& queued) {
  // The same Message-ID on every attempt, and unique across databases sharing a mail folder.
  const Envelope envelope{options_.from,
                          fmt::format("<{}.{}@{}>", queued.created_at_us, queued.id, DomainOf(options_.from)),
                          queued.created_at_us / 1'000'000};
  const Status delivered = transport_->Deliver(queued, RenderMessage(queued.message, envelope));
  if (delivered) {
    MarkSent(Database(), queued.id);
    log::Debug("email sent", {{"id", std::to_string(queued.id)}, {"kind", queued.message.kind}});
    return;
  }
  const auto retry_in = RetryDelay(queued.attempts, options_.retry_delay);
  if (MarkFailed(Database(), queued.id, delivered.error().detail, retry_in, options_.max_attempts)) {
    log::Error("email not delivered after its last attempt; marked failed",
               {{"id", std::to_string(queued.id)},
                {"attempts", std::to_string(queued.attempts)},
                {"error", delivered.error().detail}});
    return;
  }
  log::Warn("email not delivered; will retry", {{"id", std::to_string(queued.id)},
                                                {"attempts", std::to_string(queued.attempts)},
                                                {"retry_in_ms", std::to_string(retry_in.count())},
                                                {"error", delivered.error().detail}});
}

}  // namespace shop::mail
