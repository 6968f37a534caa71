#include "common/text.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace shop::text {
namespace {

constexpr std::size_t kMaxSlugLength = 80;
struct Transliteration {
  char32_t first;
  char32_t last;
  std::string_view ascii;
};

// Latin-1 and Latin Extended-A letters with their plain ASCII spelling.
constexpr std::array kTransliterations = {
    Transliteration{0xC0, 0xC5, "a"},    Transliteration{0xC6, 0xC6, "ae"},  Transliteration{0xC7, 0xC7, "c"},
    Transliteration{0xC8, 0xCB, "e"},    Transliteration{0xCC, 0xCF, "i"},   Transliteration{0xD0, 0xD0, "d"},
    Transliteration{0xD1, 0xD1, "n"},    Transliteration{0xD2, 0xD6, "o"},   Transliteration{0xD8, 0xD8, "o"},
    Transliteration{0xD9, 0xDC, "u"},    Transliteration{0xDD, 0xDD, "y"},   Transliteration{0xDE, 0xDE, "th"},
    Transliteration{0xDF, 0xDF, "ss"},   Transliteration{0xE0, 0xE5, "a"},   Transliteration{0xE6, 0xE6, "ae"},
    Transliteration{0xE7, 0xE7, "c"},    Transliteration{0xE8, 0xEB, "e"},   Transliteration{0xEC, 0xEF, "i"},
    Transliteration{0xF0, 0xF0, "d"},    Transliteration{0xF1, 0xF1, "n"},   Transliteration{0xF2, 0xF6, "o"},
    Transliteration{0xF8, 0xF8, "o"},    Transliteration{0xF9, 0xFC, "u"},   Transliteration{0xFD, 0xFD, "y"},
    Transliteration{0xFE, 0xFE, "th"},   Transliteration{0xFF, 0xFF, "y"},   Transliteration{0x100, 0x105, "a"},
    Transliteration{0x106, 0x10D, "c"},  Transliteration{0x10E, 0x111, "d"}, Transliteration{0x112, 0x11B, "e"},
    Transliteration{0x11C, 0x123, "g"},  Transliteration{0x124, 0x127, "h"}, Transliteration{0x128, 0x131, "i"},
    Transliteration{0x132, 0x133, "ij"}, Transliteration{0x134, 0x135, "j"}, Transliteration{0x136, 0x138, "k"},
    Transliteration{0x139, 0x142, "l"},  Transliteration{0x143, 0x14B, "n"}, Transliteration{0x14C, 0x151, "o"},
    Transliteration{0x152, 0x153, "oe"}, Transliteration{0x154, 0x159, "r"}, Transliteration{0x15A, 0x161, "s"},
    Transliteration{0x162, 0x167, "t"},  Transliteration{0x168, 0x173, "u"}, Transliteration{0x174, 0x175, "w"},
    Transliteration{0x176, 0x178, "y"},  Transliteration{0x179, 0x17E, "z"}, Transliteration{0x17F, 0x17F, "s"},
};

// What a code point contributes to a slug: letters and digits (transliterated), "-" for a
// separator, "" for what is dropped (apostrophes, scripts without a Latin spelling).
std::string_view SlugPiece(char32_t code, char& ascii) {
  if (code < 0x80) {
    ascii = static_cast<char>(code);
    if (ascii >= 'A' && ascii <= 'Z') ascii = static_cast<char>(ascii - 'A' + 'a');
    if ((ascii >= 'a' && ascii <= 'z') || (ascii >= '0' && ascii <= '9')) return {&ascii, 1};
    if (ascii == '\'') return "";
    return "-";
  }
  if (code == 0x2019 || code == 0x2018) return "";  // typographic apostrophes
  for (const auto& entry : kTransliterations) {
    if (code >= entry.first && code <= entry.last) return entry.ascii;
  }
  if (code == 0xD7 || code == 0xF7 || (code >= 0x2000 && code <= 0x206F) || code == 0xA0) return "-";
  return "";
}

}  // namespace

char32_t NextCodePoint(std::string_view text, std::size_t& i) {
  const auto byte = static_cast<unsigned char>(text[i]);
  int length = byte < 0x80 ? 1 : (byte >> 5) == 0x6 ? 2 : (byte >> 4) == 0xE ? 3 : (byte >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || i + length > text.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t code = length == 1 ? byte : byte & (0x7F >> length);
  for (int k = 1; k < length; ++k) {
    const auto next = static_cast<unsigned char>(text[i + k]);
    if ((next & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    code = (code << 6) | (next & 0x3F);
  }
  i += length;
  return code;
}

std::string Slugify(std::string_view text) {
  std::string slug;
  bool pending_hyphen = false;
  for (std::size_t i = 0; i < text.size();) {
    char ascii = 0;
    const std::string_view piece = SlugPiece(NextCodePoint(text, i), ascii);
    if (piece == "-") {
      pending_hyphen = !slug.empty();
      continue;
    }
    if (piece.empty()) continue;
    if (pending_hyphen) slug += '-';
    pending_hyphen = false;
    slug += piece;
  }
  if (slug.size() > kMaxSlugLength) {
    slug.resize(kMaxSlugLength);
    const auto hyphen = slug.rfind('-');
    if (hyphen != std::string::npos && hyphen > kMaxSlugLength / 2) slug.resize(hyphen);
  }
  return slug;
}

bool IsValidSlug(std::string_view slug) {
  if (slug.empty() || slug.size() > 120 || slug.front() == '-' || slug.back() == '-') return false;
  char previous = 0;
  for (char c : slug) {
    const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!word && (c != '-' || previous == '-')) return false;
    previous = c;
  }
  return true;
}

std::vector<std::string_view> Split(std::string_view text, std::string_view separators) {
  std::vector<std::string_view> parts;
  std::size_t at = text.find_first_not_of(separators);
  while (at != std::string_view::npos) {
    const std::size_t end = std::min(text.find_first_of(separators, at), text.size());
    parts.push_back(text.substr(at, end - at));
    at = text.find_first_not_of(separators, end);
  }
  return parts;
}

std::string NextFreeSlug(const std::string& base, const std::vector<std::string>& taken) {
  const auto is_taken = [&](const std::string& slug) {
    return std::find(taken.begin(), taken.end(), slug) != taken.end();
  };
  if (!is_taken(base)) return base;
  for (std::size_t n = 2;; ++n) {
    std::string candidate = base + "-" + std::to_string(n);
    if (!is_taken(candidate)) return candidate;
  }
}

std::vector<std::string> FuzzyWords(std::string_view search) {
  constexpr std::size_t kMinLength = 4;
  constexpr std::size_t kMaxWords = 6;
  std::vector<std::string> words;
  std::string word;
  const auto flush = [&] {
    if (word.size() >= kMinLength && words.size() < kMaxWords &&
        std::find(words.begin(), words.end(), word) == words.end()) {
      words.push_back(word);
    }
    word.clear();
  };
  for (char c : search) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || byte >= 0x80) {
      word += static_cast<char>(std::tolower(byte));
    } else {
      flush();
    }
  }
  flush();
  return words;
}

std::string EscapeMarkup(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string ContainsPattern(std::string_view text) {
  std::string pattern = "%";
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') pattern += '\\';
    pattern += c;
  }
  pattern += '%';
  return pattern;
}

}  // namespace shop::text
