// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JsonValue.h"
#include "core/Result.h"

#include <cstddef>
#include <string_view>

namespace localrig::core::gguf {

// A strict, bounded recursive-descent JSON parser (RFC 8259) for model configs: no comments, no
// trailing commas, no duplicate keys, valid UTF-8 only. Input size and nesting depth are capped, so
// hostile input cannot exhaust the stack or memory. Errors name the line and column.
class JsonParser
{
public:
    static constexpr std::size_t kMaxInputBytes = 64U << 20U;
    static constexpr int kMaxDepth = 64;

    static Result<JsonValue> parse(std::string_view text);

private:
    explicit JsonParser(std::string_view text);

    Result<JsonValue> parseValue(int depth);
    Result<JsonValue> parseObject(int depth);
    Result<JsonValue> parseArray(int depth);
    Result<JsonValue> parseNumber();
    Result<std::string> parseString();
    Result<void> appendEscape(std::string& out);
    Result<unsigned> parseHex4();
    Result<void> appendUtf8Sequence(std::string& out);
    Result<void> expectLiteral(std::string_view literal);
    void skipWhitespace();
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
    Error error(std::string_view message) const;

    std::string_view m_text;
    std::size_t m_pos = 0;
};

} // namespace localrig::core::gguf
