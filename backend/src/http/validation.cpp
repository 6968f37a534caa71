#include "http/validation.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "http/input_text.hpp"

namespace shop::http {
namespace {

bool IsDomainChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.'; }

}  // namespace

Result<nlohmann::json> ParseJsonBody(const Request& request) {
  std::string content_type(request.Header("content-type"));
  std::transform(content_type.begin(), content_type.end(), content_type.begin(), ::tolower);
  const std::string media_type = Trim(content_type.substr(0, content_type.find(';')));
  if (media_type != "application/json" && !(media_type.starts_with("application/") && media_type.ends_with("+json"))) {
    return MakeError(Errc::kUnsupportedMediaType, "Content-Type must be application/json");
  }
  auto parsed = nlohmann::json::parse(request.body, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded()) return InvalidField({"body"}, "JSON decode error", "json_invalid");
  if (!parsed.is_object()) {
    return InvalidField({"body"}, "Input should be a valid dictionary or object to extract fields from",
                        "model_attributes_type");
  }
  return parsed;
}

std::optional<std::string> NormalizeEmail(std::string_view email) {
  std::string text = Trim(email);
  std::transform(text.begin(), text.end(), text.begin(), ::tolower);
  const auto at = text.find('@');
  if (text.size() > 254 || at == std::string::npos || at == 0 || at > 64 ||
      text.find('@', at + 1) != std::string::npos) {
    return std::nullopt;
  }
  const std::string_view local = std::string_view(text).substr(0, at);
  const std::string_view domain = std::string_view(text).substr(at + 1);
  constexpr std::string_view kLocalSpecials = "!#$%&'*+/=?^_`{|}~.-";
  for (char c : local) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && kLocalSpecials.find(c) == std::string_view::npos) {
      return std::nullopt;
    }
  }
  if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos) return std::nullopt;
  const auto dot = domain.rfind('.');
  if (domain.empty() || dot == std::string_view::npos || dot + 3 > domain.size() || domain.front() == '.' ||
      domain.front() == '-' || domain.find("..") != std::string_view::npos ||
      !std::all_of(domain.begin(), domain.end(), IsDomainChar) ||
      !std::all_of(domain.begin() + static_cast<long>(dot) + 1, domain.end(),
                   [](char c) { return std::isalpha(static_cast<unsigned char>(c)); })) {
    return std::nullopt;
  }
  return text;
}

bool Fields::Has(std::string_view key) const { return body_ != nullptr && body_->contains(key); }

const nlohmann::json* Fields::Raw(std::string_view key) const {
  if (!Has(key)) return nullptr;
  return &(*body_)[std::string(key)];
}

const nlohmann::json* Fields::Field(std::string_view key) {
  const auto* value = Raw(key);
  if (value == nullptr) Add(BodyLoc(key), "Field required", "missing");
  return value;
}

const nlohmann::json* Fields::List(std::string_view key, std::size_t max_items) {
  const auto* value = Field(key);
  return value != nullptr && IsList(key, *value, max_items) ? value : nullptr;
}

bool Fields::IsList(std::string_view key, const nlohmann::json& value, std::size_t max_items) {
  if (!value.is_array()) {
    Add(BodyLoc(key), "Input should be a valid list", "list_type");
    return false;
  }
  if (value.size() > max_items) {
    Add(BodyLoc(key), "List should have at most " + std::to_string(max_items) + " items", "too_long");
    return false;
  }
  return true;
}

bool Fields::IsObjectItem(std::string_view key, std::size_t index, const nlohmann::json& item) {
  if (item.is_object()) return true;
  auto loc = BodyLoc(key);
  loc.push_back(std::to_string(index));
  Add(std::move(loc), "Input should be a valid dictionary", "dict_type");
  return false;
}

void Fields::AdoptItem(std::string_view key, std::size_t index, Fields& item) {
  for (auto& error : item.errors_) {
    error.loc.insert(error.loc.begin() + 1, {std::string(key), std::to_string(index)});
    errors_.push_back(std::move(error));
  }
  item.errors_.clear();
}

void Fields::Add(std::vector<std::string> loc, std::string msg, std::string type) {
  errors_.push_back(FieldError{std::move(loc), std::move(msg), std::move(type)});
}

Status Fields::Finish() {
  if (errors_.empty()) return Ok{};
  return Error{Errc::kInvalid, "", std::move(errors_), 0};
}

std::optional<std::string> Fields::CheckString(const nlohmann::json& value, std::string_view key,
                                               const StringRule& rule) {
  if (!value.is_string()) {
    Add(BodyLoc(key), "Input should be a valid string", "string_type");
    return std::nullopt;
  }
  std::string text = rule.trim ? Trim(value.get_ref<const std::string&>()) : value.get<std::string>();
  const std::size_t length = Utf8Length(text);
  if (length < rule.min_length) {
    Add(BodyLoc(key),
        "String should have at least " + std::to_string(rule.min_length) + " character" +
            (rule.min_length == 1 ? "" : "s"),
        "string_too_short");
    return std::nullopt;
  }
  if (length > rule.max_length) {
    Add(BodyLoc(key), "String should have at most " + std::to_string(rule.max_length) + " characters",
        "string_too_long");
    return std::nullopt;
  }
  if (text.find('\0') != std::string::npos) {
    Add(BodyLoc(key), "String should not contain NUL characters", "string_pattern_mismatch");
    return std::nullopt;
  }
  return text;
}

std::string Fields::String(std::string_view key, StringRule rule) {
  const auto* value = Field(key);
  if (value == nullptr) return "";
  return CheckString(*value, key, rule).value_or("");
}

std::optional<std::string> Fields::OptString(std::string_view key, StringRule rule) {
  const auto* value = Raw(key);
  if (value == nullptr || value->is_null()) return std::nullopt;
  if (rule.min_length == 1 && value->is_string() && Trim(value->get_ref<const std::string&>()).empty()) {
    return std::nullopt;  // an optional text left blank is no text
  }
  return CheckString(*value, key, rule);
}

std::optional<std::string> Fields::OptPhone(std::string_view key) {
  auto phone = OptString(key, {.max_length = 32});
  const auto is_phone_character = [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) || c == ' ' || c == '+' || c == '-' || c == '(' || c == ')' ||
           c == '.';
  };
  if (phone && !std::all_of(phone->begin(), phone->end(), is_phone_character)) {
    Add(BodyLoc(key), "Phone number may contain only digits, spaces and + - ( ) .", "string_pattern_mismatch");
  }
  return phone;
}

std::optional<datetime::Time> Fields::OptDateTime(std::string_view key) {
  const auto text = OptString(key, {.max_length = 64});
  if (!text) return std::nullopt;
  auto time = datetime::ParseIsoDateTime(*text);
  if (!time) {
    Add(BodyLoc(key), "Input should be a date and time with a time zone, such as 2026-12-01T09:00:00Z",
        "datetime_parsing");
  }
  return time;
}

std::string Fields::Email(std::string_view key) {
  const auto* value = Field(key);
  if (value == nullptr) return "";
  if (!value->is_string()) {
    Add(BodyLoc(key), "Input should be a valid string", "string_type");
    return "";
  }
  auto email = NormalizeEmail(value->get_ref<const std::string&>());
  if (!email) {
    Add(BodyLoc(key), "value is not a valid email address", "value_error");
    return "";
  }
  return *email;
}

std::int64_t Fields::Int(std::string_view key, std::int64_t min, std::int64_t max) {
  if (Field(key) == nullptr) return min;
  return OptInt(key, min, max).value_or(min);
}

std::optional<std::int64_t> Fields::OptInt(std::string_view key, std::int64_t min, std::int64_t max) {
  const auto* value = Raw(key);
  if (value == nullptr || value->is_null()) return std::nullopt;
  std::int64_t number = 0;
  if (value->is_number_integer()) {
    number = value->get<std::int64_t>();
    if (value->is_number_unsigned() && value->get<std::uint64_t>() > static_cast<std::uint64_t>(max)) number = max + 1;
  } else if (value->is_number_float() && std::isfinite(value->get<double>()) &&
             value->get<double>() == std::floor(value->get<double>()) && std::fabs(value->get<double>()) < 9e15) {
    number = static_cast<std::int64_t>(value->get<double>());
  } else {
    Add(BodyLoc(key), "Input should be a valid integer", "int_type");
    return std::nullopt;
  }
  if (number < min) {
    Add(BodyLoc(key), "Input should be greater than or equal to " + std::to_string(min), "greater_than_equal");
    return std::nullopt;
  }
  if (number > max) {
    Add(BodyLoc(key), "Input should be less than or equal to " + std::to_string(max), "less_than_equal");
    return std::nullopt;
  }
  return number;
}

std::optional<Money> Fields::CheckPrice(const nlohmann::json& value, std::string_view key) {
  if (!value.is_number()) {
    Add(BodyLoc(key), "Input should be a valid number", "decimal_type");
    return std::nullopt;
  }
  const double amount = value.get<double>();
  if (amount < 0) {
    Add(BodyLoc(key), "Input should be greater than or equal to 0", "greater_than_equal");
    return std::nullopt;
  }
  auto money = Money::FromDouble(amount);
  if (!money) {
    if (amount * 100 > static_cast<double>(Money::kMaxCents)) {
      Add(BodyLoc(key), "Input should be less than or equal to 10000000", "less_than_equal");
    } else {
      Add(BodyLoc(key), "Decimal input should have no more than 2 decimal places", "decimal_max_places");
    }
  }
  return money;
}

Money Fields::Price(std::string_view key) {
  const auto* value = Field(key);
  if (value == nullptr) return Money();
  return CheckPrice(*value, key).value_or(Money());
}

std::optional<Money> Fields::OptPrice(std::string_view key) {
  const auto* value = Raw(key);
  if (value == nullptr || value->is_null()) return std::nullopt;
  return CheckPrice(*value, key);
}

bool Fields::Bool(std::string_view key) {
  if (Field(key) == nullptr) return false;
  return OptBool(key).value_or(false);
}

std::optional<bool> Fields::OptBool(std::string_view key) {
  const auto* value = Raw(key);
  if (value == nullptr || value->is_null()) return std::nullopt;
  if (!value->is_boolean()) {
    Add(BodyLoc(key), "Input should be a valid boolean", "bool_type");
    return std::nullopt;
  }
  return value->get<bool>();
}

std::string Fields::OneOf(std::string_view key, std::initializer_list<std::string_view> allowed) {
  const auto* value = Field(key);
  if (value == nullptr) return "";
  if (value->is_string()) {
    for (auto candidate : allowed) {
      if (value->get_ref<const std::string&>() == candidate) return std::string(candidate);
    }
  }
  Add(BodyLoc(key), "Input should be " + JoinAllowed(allowed), "enum");
  return "";
}

std::vector<std::string> Fields::StringList(std::string_view key, std::size_t max_items, StringRule rule) {
  std::vector<std::string> items;
  const auto* value = Raw(key);
  if (value == nullptr || value->is_null() || !IsList(key, *value, max_items)) return items;
  for (std::size_t i = 0; i < value->size(); ++i) {
    const auto before = errors_.size();
    auto text = CheckString((*value)[i], key, rule);
    if (errors_.size() > before) errors_.back().loc.push_back(std::to_string(i));
    if (text) items.push_back(std::move(*text));
  }
  return items;
}

}  // namespace shop::http
