// Uploads under attack: markup dressed as an image, a polyglot, an oversize file, a file name that
// climbs out of the folder, and encoded paths that try to: rejected, or served so that no browser
// runs them, and never a file from outside the upload folder.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/accounts.hpp"
#include "support/raw_http.hpp"
#include "support/test_server.hpp"

namespace shop::testing {
namespace {

constexpr const char* kBoundary = "----shopAttackBoundary";
const std::string kPngSignature("\x89PNG\r\n\x1A\n", 8);

std::string Multipart(const std::string& filename, const std::string& content, const std::string& type = "image/png") {
  return std::string("--") + kBoundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename +
         "\"\r\nContent-Type: " + type + "\r\n\r\n" + content + "\r\n--" + kBoundary + "--\r\n";
}

HttpResponse Upload(const std::string& body) {
  static const TestUser kAdmin = CreateUser(Db(), "admin");
  Headers headers = kAdmin.auth();
  headers.emplace_back("Content-Type", std::string("multipart/form-data; boundary=") + kBoundary);
  return Api().Send("POST", "/api/admin/uploads", body, headers);
}

TEST(UploadAttack, HtmlOrSvgNamedPngIs422) {
  for (const std::string& markup :
       {std::string("<!DOCTYPE html><html><script>alert(document.cookie)</script></html>"),
        std::string("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>"),
        std::string("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>")}) {
    auto response = Upload(Multipart("innocent.png", markup));
    EXPECT_EQ(response.status, 422) << markup;
    EXPECT_EQ(response.json()["detail"][0]["loc"], (nlohmann::json{"body", "file"}));
  }
}

TEST(UploadAttack, APolyglotIsServedAsAnImageThatNoBrowserRuns) {
  const std::string polyglot = kPngSignature + "<html><body><script>alert(document.domain)</script></body></html>";
  auto uploaded = Upload(Multipart("polyglot.html", polyglot, "text/html"));
  ASSERT_EQ(uploaded.status, 201) << uploaded.body;
  const std::string url = uploaded.json()["url"];
  EXPECT_TRUE(url.ends_with(".png")) << url;

  auto served = Api().Get(url);
  ASSERT_EQ(served.status, 200);
  EXPECT_EQ(served.header("content-type"), "image/png");
  EXPECT_EQ(served.header("x-content-type-options"), "nosniff");
  const std::string policy = served.header("content-security-policy");
  EXPECT_NE(policy.find("default-src 'none'"), std::string::npos) << policy;
  EXPECT_NE(policy.find("sandbox"), std::string::npos) << policy;
  EXPECT_EQ(served.body, polyglot);
}

TEST(UploadAttack, AFileOverFiveMebibytesIs413) {
  auto response = Upload(Multipart("big.png", kPngSignature + std::string(5 * 1024 * 1024, 'x')));
  EXPECT_EQ(response.status, 413);
  EXPECT_FALSE(response.json()["detail"].get<std::string>().empty());
}

TEST(UploadAttack, AFileNameThatClimbsOutIsIgnored) {
  const auto upload_dir = SharedApi::server().work_dir() / "uploads";
  for (const std::string name :
       {"../../escaped.png", "..\\..\\escaped.png", "/tmp/escaped.png", "%2e%2e%2fescaped.png"}) {
    auto response = Upload(Multipart(name, kPngSignature + "pixels"));
    ASSERT_EQ(response.status, 201) << name;
    const std::string url = response.json()["url"];
    EXPECT_TRUE(url.starts_with("/uploads/")) << url;
    EXPECT_EQ(url.find("escaped"), std::string::npos) << url;
    EXPECT_EQ(url.find(".."), std::string::npos) << url;
    EXPECT_TRUE(std::filesystem::exists(upload_dir / url.substr(9))) << url;
  }
  EXPECT_FALSE(std::filesystem::exists(upload_dir.parent_path() / "escaped.png"));
  EXPECT_FALSE(std::filesystem::exists(upload_dir.parent_path().parent_path() / "escaped.png"));
  EXPECT_FALSE(std::filesystem::exists("/tmp/escaped.png"));
}

TEST(UploadAttack, EncodedTraversalPathsAre404) {
  // A file beside the upload folder that a traversal would reach.
  const auto outside = SharedApi::server().work_dir() / "secret.txt";
  { std::ofstream(outside) << "secret"; }
  for (const char* path :
       {"/uploads/..%2fsecret.txt", "/uploads/..%2Fsecret.txt", "/uploads/%2e%2e%2fsecret.txt",
        "/uploads/%2e%2e/secret.txt", "/uploads/..%5csecret.txt", "/uploads/%252e%252e%252fsecret.txt",
        "/uploads/..%c0%afsecret.txt", "/uploads/....//secret.txt", "/uploads/.%2e/secret.txt",
        "/uploads/%00../secret.txt", "/uploads/..%2f..%2f..%2f..%2fetc%2fpasswd"}) {
    auto response = Api().Get(path);
    EXPECT_EQ(response.status, 404) << path;
    EXPECT_EQ(response.body.find("secret\n"), std::string::npos) << path;
  }
  // Unnormalised dots, sent as they are (libcurl would fold them).
  for (const char* target : {"/uploads/../secret.txt", "/uploads/./../secret.txt", "/uploads//../secret.txt",
                             "/uploads/../../../../etc/passwd"}) {
    auto response = RawExchange(SharedApi::server().port(),
                                std::string("GET ") + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    ASSERT_TRUE(response) << target;
    EXPECT_EQ(response->status, 404) << target;
    EXPECT_EQ(response->body.find("secret"), std::string::npos) << target;
    EXPECT_EQ(response->body.find("root:"), std::string::npos) << target;
  }
}

}  // namespace
}  // namespace shop::testing
