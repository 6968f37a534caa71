// Text utilities: splitting, UTF-8 decoding, slugs, the words a search matches despite a typo, escaping.
#include "common/text.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace shop::text {
namespace {

TEST(Split, KeepsTheRunsBetweenSeparatorsAndDropsEmptyOnes) {
  EXPECT_EQ(Split("/api//products/{id}/", "/"), (std::vector<std::string_view>{"api", "products", "{id}"}));
  EXPECT_EQ(Split(" Ada \t Lovelace\n", " \t\r\n"), (std::vector<std::string_view>{"Ada", "Lovelace"}));
  EXPECT_EQ(Split("one", "/"), std::vector<std::string_view>{"one"});
}

TEST(Split, OfNothingButSeparatorsIsEmpty) {
  EXPECT_TRUE(Split("", "/").empty());
  EXPECT_TRUE(Split("///", "/").empty());
}

TEST(NextCodePoint, DecodesEachUtf8LengthAndAdvancesPastIt) {
  const std::string text = "a\xC3\xA9\xE2\x80\x99\xF0\x9F\x98\x80";  // a é ’ 😀
  std::size_t i = 0;
  EXPECT_EQ(NextCodePoint(text, i), U'a');
  EXPECT_EQ(i, 1u);
  EXPECT_EQ(NextCodePoint(text, i), U'\u00E9');
  EXPECT_EQ(i, 3u);
  EXPECT_EQ(NextCodePoint(text, i), U'\u2019');
  EXPECT_EQ(i, 6u);
  EXPECT_EQ(NextCodePoint(text, i), U'\U0001F600');
  EXPECT_EQ(i, text.size());
}

TEST(NextCodePoint, AnInvalidOrTruncatedSequenceIsOneReplacementCharacterPerByte) {
  for (const std::string text : {"\xFF", "\x80", "\xC3", "\xE2\x80", "\xC3("}) {
    std::size_t i = 0;
    EXPECT_EQ(NextCodePoint(text, i), U'\uFFFD') << text;
    EXPECT_EQ(i, 1u) << text;
  }
}

TEST(Slugify, LowerCasesAndJoinsWordsWithHyphens) {
  EXPECT_EQ(Slugify("Blue Shirt"), "blue-shirt");
  EXPECT_EQ(Slugify("  Home & Kitchen  "), "home-kitchen");
  EXPECT_EQ(Slugify("27-inch 4K Monitor"), "27-inch-4k-monitor");
  EXPECT_EQ(Slugify("Stoneware Plates, Set of 4"), "stoneware-plates-set-of-4");
  EXPECT_EQ(Slugify("--Already--hyphenated--"), "already-hyphenated");
}

TEST(Slugify, DropsApostrophes) {
  EXPECT_EQ(Slugify("Chef's Knife"), "chefs-knife");
  EXPECT_EQ(Slugify("Kids\xE2\x80\x99 Sneakers"), "kids-sneakers");
}

TEST(Slugify, TransliteratesLatinLettersAndDropsOtherScripts) {
  EXPECT_EQ(Slugify("Crème Brûlée"), "creme-brulee");
  EXPECT_EQ(Slugify("Straße Ærø Łódź"), "strasse-aero-lodz");
  EXPECT_EQ(Slugify("日本 Tea"), "tea");
  EXPECT_EQ(Slugify("日本"), "");
  EXPECT_EQ(Slugify("\xFF\xFE broken utf8"), "broken-utf8");
}

TEST(Slugify, LimitsTheLengthAtAWordBoundary) {
  const std::string slug = Slugify(std::string(50, 'a') + " " + std::string(50, 'b'));
  EXPECT_EQ(slug, std::string(50, 'a'));
  EXPECT_LE(Slugify(std::string(200, 'x')).size(), 80u);
}

TEST(Slugify, ResultIsAlwaysAValidSlug) {
  for (const char* name : {"Blue Shirt", "Crème Brûlée!", "a  -  b", "A&B", "x_y.z", "Ünïcödé 123"}) {
    EXPECT_TRUE(IsValidSlug(Slugify(name))) << name;
  }
}

TEST(IsValidSlug, AcceptsOnlyLowerCaseWordsWithSingleHyphens) {
  EXPECT_TRUE(IsValidSlug("blue-shirt-2"));
  EXPECT_FALSE(IsValidSlug("Blue-Shirt"));
  EXPECT_FALSE(IsValidSlug("blue--shirt"));
  EXPECT_FALSE(IsValidSlug("-blue"));
  EXPECT_FALSE(IsValidSlug("blue shirt"));
  EXPECT_FALSE(IsValidSlug(""));
}

TEST(NextFreeSlug, NumbersFromTwoWhenTheBaseIsTaken) {
  EXPECT_EQ(NextFreeSlug("blue-shirt", {}), "blue-shirt");
  EXPECT_EQ(NextFreeSlug("blue-shirt", {"blue-shirt"}), "blue-shirt-2");
  EXPECT_EQ(NextFreeSlug("blue-shirt", {"blue-shirt", "blue-shirt-2", "blue-shirt-3"}), "blue-shirt-4");
  EXPECT_EQ(NextFreeSlug("blue-shirt", {"blue-shirt", "blue-shirt-3", "blue-shirts"}), "blue-shirt-2");
}

TEST(FuzzyWords, KeepsLongerWordsLowerCasedOnce) {
  EXPECT_EQ(FuzzyWords("Runing SHOES for kids"), (std::vector<std::string>{"runing", "shoes", "kids"}));
  EXPECT_EQ(FuzzyWords("keybord keybord"), (std::vector<std::string>{"keybord"}));
  EXPECT_TRUE(FuzzyWords("a to be").empty());
  EXPECT_EQ(FuzzyWords("one1 two2 thr3 fou4 fiv5 six6 sev7").size(), 6u);
}

TEST(FuzzyWords, SplitsOnPunctuationAndKeepsNonAsciiLetters) {
  EXPECT_EQ(FuzzyWords("t-shirt,jeans/sweater"), (std::vector<std::string>{"shirt", "jeans", "sweater"}));
  EXPECT_EQ(FuzzyWords("Crème brûlée"), (std::vector<std::string>{"crème", "brûlée"}));
}

TEST(Slugify, TurnsSeparatorsAndSymbolsIntoSingleHyphens) {
  EXPECT_EQ(Slugify("2\xC3\x97"
                    "4 boards"),
            "2-4-boards");  // ×
  EXPECT_EQ(Slugify("Tea\xE2\x80\x94"
                    "for\xC2\xA0"
                    "two"),
            "tea-for-two");  // em dash, no-break space
}

TEST(EscapeMarkup, EscapesTheFiveMarkupCharactersOnly) {
  EXPECT_EQ(EscapeMarkup("Fig & Cedar <\"Parfum\"> it's"), "Fig &amp; Cedar &lt;&quot;Parfum&quot;&gt; it&#39;s");
  EXPECT_EQ(EscapeMarkup("Crème"), "Crème");
}

TEST(Search, ContainsPatternEscapesLikeWildcards) {
  EXPECT_EQ(ContainsPattern("ord-1"), "%ord-1%");
  EXPECT_EQ(ContainsPattern("50%_off\\"), "%50\\%\\_off\\\\%");
  EXPECT_EQ(ContainsPattern(""), "%%");
}

}  // namespace
}  // namespace shop::text
