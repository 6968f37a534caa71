#include "admin/csv.hpp"

namespace shop::admin {

void AppendCsvField(std::string& out, std::string_view field) {
  constexpr std::string_view kFormulaStarts = "=+-@\t\r";
  const bool guard = !field.empty() && kFormulaStarts.find(field.front()) != std::string_view::npos;
  const bool quote = field.find_first_of(",\"\r\n") != std::string_view::npos;
  if (quote) out += '"';
  if (guard) out += '\'';
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  if (quote) out += '"';
}

void AppendCsvRow(std::string& out, std::initializer_list<std::string_view> fields) {
  bool first = true;
  for (auto field : fields) {
    if (!first) out += ',';
    AppendCsvField(out, field);
    first = false;
  }
  out += "\r\n";
}

}  // namespace shop::admin
