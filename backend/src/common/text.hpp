// Text utilities: splitting, UTF-8 decoding, Latin transliteration, URL slugs, the words of a
// search that are matched despite a typo, LIKE patterns, and escaping for HTML and XML.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace shop::text {

// The non-empty runs of `text` between the bytes of `separators`, in order: Split("/a//b/", "/")
// is {"a", "b"}. The views point into `text`.
std::vector<std::string_view> Split(std::string_view text, std::string_view separators);
// Decodes the UTF-8 code point at `text[i]` and advances `i` past it; an invalid or truncated
// sequence decodes as U+FFFD and advances by one byte.
char32_t NextCodePoint(std::string_view text, std::size_t& i);
// A URL slug of `text`: lower-case ASCII letters and digits separated by single hyphens, Latin
// letters with accents transliterated ("Crème Brûlée" → "creme-brulee"), other characters
// dropped, at most 80 characters. Empty when nothing usable is left.
std::string Slugify(std::string_view text);
// True for lower-case ASCII letters and digits in groups joined by single hyphens.
bool IsValidSlug(std::string_view slug);
// `base` when it is free, otherwise `base`-2, `base`-3, ... whichever comes first.
std::string NextFreeSlug(const std::string& base, const std::vector<std::string>& taken);
// The lower-cased words of a search of at least 4 characters (at most 6 of them), which are
// also matched with trigram similarity to forgive a wrong letter.
std::vector<std::string> FuzzyWords(std::string_view search);
// A pattern for ILIKE matching `text` anywhere, with LIKE's wildcards in `text` escaped.
std::string ContainsPattern(std::string_view text);
// `text` with & < > " ' as entities, safe in HTML or XML (SVG) text and attribute values.
std::string EscapeMarkup(std::string_view text);

}  // namespace shop::text
