// Recognising uploaded images by their content (never by their name) and storing them.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace shop::catalog {

enum class ImageType { kJpeg, kPng, kWebp, kGif };  // in the order of ExtensionOf's table

// The image type told by the file's first bytes (its magic number); nullopt for anything else.
std::optional<ImageType> SniffImageType(std::string_view content);
// The file extension for a type, with its dot (".jpg").
std::string_view ExtensionOf(ImageType type);

// Writes `content` under `folder` (created if missing) as a new file with a random name and the
// type's extension, atomically (a reader never sees half a file). Returns the file name.
// Throws std::filesystem::filesystem_error or std::runtime_error when it cannot be written.
std::string SaveImage(const std::filesystem::path& folder, std::string_view content, ImageType type);

}  // namespace shop::catalog
