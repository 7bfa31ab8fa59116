// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StrictJson.h"

#include <functional>
#include <optional>
#include <set>
#include <vector>

namespace localrig::core::gguf {

namespace {

Error errorAt(std::string_view text, std::size_t offset, std::string_view message)
{
    int line = 1;
    int column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
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

// nlohmann/json's message without its "[json.exception.parse_error.101] parse error at line 1, column 6: "
// prefix, and with bytes outside printable ASCII (the input it quotes may be malformed UTF-8) as '?'.
std::string plainMessage(std::string_view what)
{
    const std::size_t bracket = what.find("] ");
    what.remove_prefix(bracket == std::string_view::npos ? 0 : bracket + 2);
    const std::size_t colon = what.find(": ");
    if (what.substr(0, 11) == "parse error" && colon != std::string_view::npos) {
        what.remove_prefix(colon + 2);
    }
    std::string text(what);
    for (char& c : text) {
        c = c >= ' ' && c <= '~' ? c : '?';
    }
    return text;
}

// Finds the first bracket that opens a level deeper than kMaxJsonDepth, skipping string contents, before
// the parser builds anything: a deep input then costs one pass and no memory.
std::optional<std::size_t> tooDeepAt(std::string_view text)
{
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxJsonDepth) {
                return i;
            }
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return std::nullopt;
}

// Collects what nlohmann/json accepts but a config must not hold. The callback never discards a value,
// so the object_start/object_end events always pair up.
class StrictnessCheck
{
public:
    bool operator()(int /*depth*/, Json::parse_event_t event, Json& parsed)
    {
        switch (event) {
        case Json::parse_event_t::object_start:
            m_keys.emplace_back();
            break;
        case Json::parse_event_t::object_end:
            m_keys.pop_back();
            break;
        case Json::parse_event_t::key:
            if (!m_keys.empty() && !m_keys.back().insert(parsed.get<std::string>()).second) {
                fail("duplicate key '" + parsed.get<std::string>() + "'");
            }
            break;
        default:
            break;
        }
        return true;
    }

    const std::string& problem() const { return m_problem; }

private:
    void fail(std::string message)
    {
        if (m_problem.empty()) {
            m_problem = std::move(message);
        }
    }

    std::vector<std::set<std::string, std::less<>>> m_keys;
    std::string m_problem;
};

} // namespace

Result<Json> parseStrictJson(std::string_view text)
{
    if (text.size() > kMaxJsonBytes) {
        return makeError(ErrorCode::InvalidInput,
                         "JSON input of " + std::to_string(text.size()) + " bytes exceeds the limit of "
                             + std::to_string(kMaxJsonBytes));
    }
    if (const auto deep = tooDeepAt(text)) {
        return errorAt(text, *deep, "nesting deeper than " + std::to_string(kMaxJsonDepth) + " levels");
    }
    StrictnessCheck check;
    Json root;
    try {
        root = Json::parse(text.begin(), text.end(), std::ref(check), /*allow_exceptions=*/true,
                           /*ignore_comments=*/false);
    } catch (const Json::parse_error& e) {
        // e.byte is 1-based and points at the last character read.
        return errorAt(text, e.byte > 0 ? e.byte - 1 : 0, plainMessage(e.what()));
    } catch (const Json::exception& e) { // out_of_range.406: a number beyond double
        return makeError(ErrorCode::InvalidInput, "JSON: " + plainMessage(e.what()));
    }
    if (!check.problem().empty()) {
        return makeError(ErrorCode::InvalidInput, "JSON: " + check.problem());
    }
    return root;
}

const Json* jsonMember(const Json& value, std::string_view key)
{
    if (!value.is_object()) {
        return nullptr;
    }
    const auto it = value.find(key);
    return it == value.end() ? nullptr : &*it;
}

std::string jsonTypeName(const Json& value)
{
    switch (value.type()) {
    case Json::value_t::null:
        return "null";
    case Json::value_t::boolean:
        return "a boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return "a number";
    case Json::value_t::string:
        return "a string";
    case Json::value_t::array:
        return "an array";
    case Json::value_t::object:
        return "an object";
    default:
        return "a value";
    }
}

} // namespace localrig::core::gguf
