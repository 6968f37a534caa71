#include "catalog/images.hpp"

#include <array>
#include <fstream>
#include <stdexcept>

#include "common/crypto.hpp"

namespace shop::catalog {

std::optional<ImageType> SniffImageType(std::string_view content) {
  if (content.starts_with("\xFF\xD8\xFF")) return ImageType::kJpeg;
  if (content.starts_with(std::string_view("\x89PNG\r\n\x1A\n", 8))) return ImageType::kPng;
  if (content.starts_with("GIF87a") || content.starts_with("GIF89a")) return ImageType::kGif;
  if (content.size() >= 12 && content.starts_with("RIFF") && content.substr(8, 4) == "WEBP") return ImageType::kWebp;
  return std::nullopt;
}

std::string_view ExtensionOf(ImageType type) {
  static constexpr std::array<std::string_view, 4> kExtensions = {".jpg", ".png", ".webp", ".gif"};
  return kExtensions.at(static_cast<std::size_t>(type));
}

std::string SaveImage(const std::filesystem::path& folder, std::string_view content, ImageType type) {
  std::filesystem::create_directories(folder);
  // base64url names never start with a dot, which the file server refuses to serve.
  std::string name = crypto::RandomToken(18) + std::string(ExtensionOf(type));
  const auto partial = folder / ("." + name + ".part");
  {
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.close();
    if (!out) {
      std::error_code ignored;
      std::filesystem::remove(partial, ignored);
      throw std::runtime_error("cannot write " + partial.string());
    }
  }
  std::filesystem::rename(partial, folder / name);
  return name;
}

}  // namespace shop::catalog
