// Writing CSV the way RFC 4180 says, safe to open in a spreadsheet.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace shop::admin {

// Appends one field. A field that starts with =, +, -, @, a tab or a carriage return gets a
// leading single quote, so a spreadsheet shows it as text instead of running it as a formula
// (CSV formula injection: a customer could name themselves "=HYPERLINK(...)"). A field with a
// comma, a double quote, CR or LF is enclosed in double quotes, its quotes doubled.
void AppendCsvField(std::string& out, std::string_view field);

// Appends the fields separated by commas and ended by CRLF.
void AppendCsvRow(std::string& out, std::initializer_list<std::string_view> fields);

}  // namespace shop::admin
