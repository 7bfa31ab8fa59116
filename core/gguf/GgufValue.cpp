// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GgufValue.h"

#include <array>
#include <limits>

namespace localrig::core::gguf {

namespace {

constexpr std::array<std::string_view, 13> kTypeNames{"uint8",  "int8",    "uint16", "int16",  "uint32",
                                                      "int32",  "float32", "bool",   "string", "array",
                                                      "uint64", "int64",   "float64"};

} // namespace

std::string ggufValueTypeName(std::uint32_t type)
{
    if (type < kTypeNames.size()) {
        return std::string(kTypeNames.at(type));
    }
    return "type " + std::to_string(type);
}

bool isKnownGgufValueType(std::uint32_t type)
{
    return type < kTypeNames.size();
}

std::uint64_t ggufScalarSize(GgufValueType type)
{
    switch (type) {
    case GgufValueType::UInt8:
    case GgufValueType::Int8:
    case GgufValueType::Bool:
        return 1;
    case GgufValueType::UInt16:
    case GgufValueType::Int16:
        return 2;
    case GgufValueType::UInt32:
    case GgufValueType::Int32:
    case GgufValueType::Float32:
        return 4;
    case GgufValueType::UInt64:
    case GgufValueType::Int64:
    case GgufValueType::Float64:
        return 8;
    case GgufValueType::String:
    case GgufValueType::Array:
        return 0;
    }
    return 0;
}

std::optional<std::int64_t> GgufValue::asInteger() const
{
    if (const auto* u = std::get_if<std::uint64_t>(&data)) {
        if (*u > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
            return std::nullopt;
        }
        return static_cast<std::int64_t>(*u);
    }
    if (const auto* i = std::get_if<std::int64_t>(&data)) {
        return *i;
    }
    return std::nullopt;
}

std::optional<double> GgufValue::asNumber() const
{
    if (const auto* d = std::get_if<double>(&data)) {
        return *d;
    }
    if (const auto* u = std::get_if<std::uint64_t>(&data)) {
        return static_cast<double>(*u);
    }
    if (const auto* i = std::get_if<std::int64_t>(&data)) {
        return static_cast<double>(*i);
    }
    return std::nullopt;
}

std::optional<bool> GgufValue::asBool() const
{
    if (const auto* b = std::get_if<bool>(&data)) {
        return *b;
    }
    return std::nullopt;
}

const std::string* GgufValue::asString() const
{
    return std::get_if<std::string>(&data);
}

const GgufArray* GgufValue::asArray() const
{
    return std::get_if<GgufArray>(&data);
}

} // namespace localrig::core::gguf
