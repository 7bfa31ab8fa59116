// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonParser.h"

#include "Utf8.h"

#include <charconv>
#include <cmath>
#include <string>
#include <unordered_set>

namespace localrig::core::gguf {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

JsonParser::JsonParser(std::string_view text)
    : m_text(text)
{ }

Result<JsonValue> JsonParser::parse(std::string_view text)
{
    JsonParser parser(text);
    if (text.size() > kMaxInputBytes) {
        return makeError(ErrorCode::InvalidInput,
                         "JSON input of " + std::to_string(text.size()) + " bytes exceeds the limit of "
                             + std::to_string(kMaxInputBytes));
    }
    parser.skipWhitespace();
    BOOST_OUTCOME_TRY(value, parser.parseValue(0));
    parser.skipWhitespace();
    if (!parser.atEnd()) {
        return parser.error("unexpected text after the JSON value");
    }
    return value;
}

Error JsonParser::error(std::string_view message) const
{
    int line = 1;
    int column = 1;
    for (std::size_t i = 0; i < m_pos && i < m_text.size(); ++i) {
        if (m_text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return makeError(ErrorCode::InvalidInput,
                     "JSON line " + std::to_string(line) + ", column " + std::to_string(column) + ": "
                         + std::string(message));
}

void JsonParser::skipWhitespace()
{
    while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r')) {
        ++m_pos;
    }
}

Result<JsonValue> JsonParser::parseValue(int depth)
{
    if (depth >= kMaxDepth) {
        return error("nesting deeper than " + std::to_string(kMaxDepth) + " levels");
    }
    JsonValue value;
    switch (peek()) {
    case '{':
        return parseObject(depth + 1);
    case '[':
        return parseArray(depth + 1);
    case '"': {
        BOOST_OUTCOME_TRY(text, parseString());
        value.kind = JsonValue::Kind::String;
        value.string = std::move(text);
        return value;
    }
    case 't': {
        BOOST_OUTCOME_TRYV(expectLiteral("true"));
        value.kind = JsonValue::Kind::Bool;
        value.boolean = true;
        return value;
    }
    case 'f': {
        BOOST_OUTCOME_TRYV(expectLiteral("false"));
        value.kind = JsonValue::Kind::Bool;
        return value;
    }
    case 'n': {
        BOOST_OUTCOME_TRYV(expectLiteral("null"));
        return value;
    }
    default:
        break;
    }
    if (peek() == '-' || isDigit(peek())) {
        return parseNumber();
    }
    return error(atEnd() ? "unexpected end of input, expected a value" : "expected a value");
}

Result<void> JsonParser::expectLiteral(std::string_view literal)
{
    if (m_text.substr(m_pos, literal.size()) != literal) {
        return error("invalid literal, expected '" + std::string(literal) + "'");
    }
    m_pos += literal.size();
    return outcome::success();
}

Result<JsonValue> JsonParser::parseObject(int depth)
{
    JsonValue object;
    object.kind = JsonValue::Kind::Object;
    std::unordered_set<std::string> seen;
    ++m_pos; // '{'
    skipWhitespace();
    if (peek() == '}') {
        ++m_pos;
        return object;
    }
    while (true) {
        skipWhitespace();
        if (peek() != '"') {
            return error("expected a member name in double quotes");
        }
        BOOST_OUTCOME_TRY(key, parseString());
        if (!seen.insert(key).second) {
            return error("duplicate key '" + key + "'");
        }
        skipWhitespace();
        if (peek() != ':') {
            return error("expected ':' after member name '" + key + "'");
        }
        ++m_pos;
        skipWhitespace();
        BOOST_OUTCOME_TRY(value, parseValue(depth));
        object.keys.push_back(std::move(key));
        object.values.push_back(std::move(value));
        skipWhitespace();
        if (peek() == ',') {
            ++m_pos;
            continue;
        }
        if (peek() == '}') {
            ++m_pos;
            return object;
        }
        return error("expected ',' or '}' after an object member");
    }
}

Result<JsonValue> JsonParser::parseArray(int depth)
{
    JsonValue array;
    array.kind = JsonValue::Kind::Array;
    ++m_pos; // '['
    skipWhitespace();
    if (peek() == ']') {
        ++m_pos;
        return array;
    }
    while (true) {
        skipWhitespace();
        BOOST_OUTCOME_TRY(value, parseValue(depth));
        array.items.push_back(std::move(value));
        skipWhitespace();
        if (peek() == ',') {
            ++m_pos;
            continue;
        }
        if (peek() == ']') {
            ++m_pos;
            return array;
        }
        return error("expected ',' or ']' after an array item");
    }
}

Result<JsonValue> JsonParser::parseNumber()
{
    const std::size_t start = m_pos;
    bool integral = true;
    if (peek() == '-') {
        ++m_pos;
    }
    if (peek() == '0') {
        ++m_pos;
    } else if (isDigit(peek())) {
        while (isDigit(peek())) {
            ++m_pos;
        }
    } else {
        return error("expected a digit");
    }
    if (peek() == '.') {
        integral = false;
        ++m_pos;
        if (!isDigit(peek())) {
            return error("expected a digit after the decimal point");
        }
        while (isDigit(peek())) {
            ++m_pos;
        }
    }
    if (peek() == 'e' || peek() == 'E') {
        integral = false;
        ++m_pos;
        if (peek() == '+' || peek() == '-') {
            ++m_pos;
        }
        if (!isDigit(peek())) {
            return error("expected a digit in the exponent");
        }
        while (isDigit(peek())) {
            ++m_pos;
        }
    }
    const char* first = m_text.data() + start;
    const char* last = m_text.data() + m_pos;
    JsonValue value;
    value.kind = JsonValue::Kind::Number;
    const auto parsed = std::from_chars(first, last, value.number);
    if (parsed.ec != std::errc() || parsed.ptr != last || !std::isfinite(value.number)) {
        m_pos = start;
        return error("number '" + std::string(first, last) + "' is out of range");
    }
    std::int64_t whole = 0;
    if (integral) {
        const auto exact = std::from_chars(first, last, whole);
        if (exact.ec == std::errc() && exact.ptr == last) {
            value.integer = whole;
        }
    }
    return value;
}

Result<std::string> JsonParser::parseString()
{
    ++m_pos; // opening quote
    std::string out;
    while (true) {
        if (atEnd()) {
            return error("unterminated string");
        }
        const auto c = static_cast<unsigned char>(m_text[m_pos]);
        if (c == '"') {
            ++m_pos;
            return out;
        }
        if (c < 0x20) {
            return error("control character in a string (escape it)");
        }
        if (c == '\\') {
            BOOST_OUTCOME_TRYV(appendEscape(out));
        } else if (c < 0x80) {
            out += static_cast<char>(c);
            ++m_pos;
        } else {
            BOOST_OUTCOME_TRYV(appendUtf8Sequence(out));
        }
    }
}

Result<void> JsonParser::appendEscape(std::string& out)
{
    ++m_pos; // backslash
    const char c = peek();
    ++m_pos;
    switch (c) {
    case '"':
    case '\\':
    case '/':
        out += c;
        return outcome::success();
    case 'b':
        out += '\b';
        return outcome::success();
    case 'f':
        out += '\f';
        return outcome::success();
    case 'n':
        out += '\n';
        return outcome::success();
    case 'r':
        out += '\r';
        return outcome::success();
    case 't':
        out += '\t';
        return outcome::success();
    case 'u':
        break;
    default:
        --m_pos;
        return error("invalid escape in a string");
    }
    BOOST_OUTCOME_TRY(unit, parseHex4());
    unsigned cp = unit;
    if (unit >= 0xD800 && unit <= 0xDBFF) {
        if (m_text.substr(m_pos, 2) != "\\u") {
            return error("high surrogate without a low surrogate");
        }
        m_pos += 2;
        BOOST_OUTCOME_TRY(low, parseHex4());
        if (low < 0xDC00 || low > 0xDFFF) {
            return error("high surrogate followed by a non-surrogate");
        }
        cp = 0x10000 + ((unit - 0xD800) << 10U) + (low - 0xDC00);
    } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
        return error("lone low surrogate");
    }
    appendUtf8(out, cp);
    return outcome::success();
}

Result<unsigned> JsonParser::parseHex4()
{
    unsigned value = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = peek();
        unsigned digit = 0;
        if (isDigit(c)) {
            digit = static_cast<unsigned>(c - '0');
        } else if (c >= 'a' && c <= 'f') {
            digit = static_cast<unsigned>(c - 'a' + 10);
        } else if (c >= 'A' && c <= 'F') {
            digit = static_cast<unsigned>(c - 'A' + 10);
        } else {
            return error("expected four hex digits after \\u");
        }
        value = value * 16 + digit;
        ++m_pos;
    }
    return value;
}

Result<void> JsonParser::appendUtf8Sequence(std::string& out)
{
    const std::size_t length = utf8SequenceLength(m_text, m_pos);
    if (length == 0) {
        return error("invalid UTF-8 in a string");
    }
    out.append(m_text.substr(m_pos, length));
    m_pos += length;
    return outcome::success();
}

} // namespace localrig::core::gguf
