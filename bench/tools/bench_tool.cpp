// bench_tool: the benchmark's helpers. One real bcrypt hash for every bench user, the time one
// bcrypt verification takes on this machine, and access tokens for the bench users (signed with
// the SECRET_KEY the bench gives the server, exactly as the API signs them), so the authenticated
// scenarios do not spend minutes logging in 40 000 users through bcrypt first.
//
//   bench_tool hash PASSWORD COST          prints a bcrypt ($2b$) hash of PASSWORD
//   bench_tool bcrypt-time HASH PASSWORD S  verifies PASSWORD against HASH on one thread for about
//                                          S seconds of CPU; prints the CPU seconds one verification
//                                          takes (CPU time, so other load on the machine does not count)
//   bench_tool tokens SECRET ROLE TTL      reads user ids (one per line) on stdin and prints one
//                                          HS256 access token per id, valid for TTL seconds
#include <crypt.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <iostream>
#include <memory>
#include <string>

namespace {

std::string Base64Url(const unsigned char* data, std::size_t size) {
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  std::string out;
  std::size_t i = 0;
  for (; i + 2 < size; i += 3) {
    const unsigned v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += kAlphabet[(v >> 6) & 63];
    out += kAlphabet[v & 63];
  }
  if (i + 1 == size) {
    const unsigned v = data[i] << 16;
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
  } else if (i + 2 == size) {
    const unsigned v = (data[i] << 16) | (data[i + 1] << 8);
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += kAlphabet[(v >> 6) & 63];
  }
  return out;
}

std::string Base64Url(const std::string& text) {
  return Base64Url(reinterpret_cast<const unsigned char*>(text.data()), text.size());
}

std::string Hex(const unsigned char* data, std::size_t size) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < size; ++i) {
    out += kHex[data[i] >> 4];
    out += kHex[data[i] & 15];
  }
  return out;
}

// crypt_r of `password` under `setting`; exits when libcrypt refuses.
std::string Crypt(const std::string& password, const std::string& setting, crypt_data& data) {
  const char* hashed = crypt_r(password.c_str(), setting.c_str(), &data);
  if (hashed == nullptr || hashed[0] == '*') {
    std::cerr << "bench_tool: crypt_r refused the setting\n";
    std::exit(1);
  }
  return hashed;
}

int Hash(const std::string& password, int cost) {
  unsigned char salt[16];
  char setting[CRYPT_GENSALT_OUTPUT_SIZE];
  if (RAND_bytes(salt, sizeof salt) != 1 ||
      crypt_gensalt_rn("$2b$", cost, reinterpret_cast<const char*>(salt), sizeof salt, setting, sizeof setting) ==
          nullptr) {
    std::cerr << "bench_tool: could not make a bcrypt salt\n";
    return 1;
  }
  auto data = std::make_unique<crypt_data>();
  std::cout << Crypt(password, setting, *data) << "\n";
  return 0;
}

double ThreadCpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

int BcryptTime(const std::string& hash, const std::string& password, double seconds) {
  auto data = std::make_unique<crypt_data>();
  const double start = ThreadCpuSeconds();
  int count = 0;
  double elapsed = 0;
  do {
    if (Crypt(password, hash, *data) != hash) {
      std::cerr << "bench_tool: the password does not match the hash\n";
      return 1;
    }
    ++count;
    elapsed = ThreadCpuSeconds() - start;
  } while (elapsed < seconds || count < 3);
  std::printf("%.6f\n", elapsed / count);
  return 0;
}

int Tokens(const std::string& secret, const std::string& role, long ttl) {
  const std::string header = Base64Url(R"({"alg":"HS256","typ":"JWT"})");
  const long now = std::chrono::duration_cast<std::chrono::seconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                       .count();
  std::string line;
  while (std::getline(std::cin, line)) {
    if (line.empty()) continue;
    unsigned char jti[16];
    if (RAND_bytes(jti, sizeof jti) != 1) return 1;
    const std::string payload = R"({"sub":")" + line + R"(","role":")" + role + R"(","type":"access","iat":)" +
                                std::to_string(now) + R"(,"exp":)" + std::to_string(now + ttl) + R"(,"jti":")" +
                                Hex(jti, sizeof jti) + R"("})";
    std::string token = header + "." + Base64Url(payload);
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int mac_size = 0;
    HMAC(EVP_sha256(), secret.data(), static_cast<int>(secret.size()),
         reinterpret_cast<const unsigned char*>(token.data()), token.size(), mac, &mac_size);
    token += "." + Base64Url(mac, mac_size);
    std::cout << token << "\n";
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string command = argc > 1 ? argv[1] : "";
  if (command == "hash" && argc == 4) return Hash(argv[2], std::stoi(argv[3]));
  if (command == "bcrypt-time" && argc == 5) return BcryptTime(argv[2], argv[3], std::stod(argv[4]));
  if (command == "tokens" && argc == 5) return Tokens(argv[2], argv[3], std::stol(argv[4]));
  std::cerr << "usage: bench_tool hash PASSWORD COST | bcrypt-time HASH PASSWORD SECONDS | "
               "tokens SECRET ROLE TTL < ids\n";
  return 2;
}
