// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GgufInput.h"
#include "GgufValue.h"

#include <cstdint>

namespace localrig::core::gguf {

// Reads typed metadata values. Every length is checked against the bytes left in the file before it
// is used, arrays nest at most kMaxArrayDepth deep, and what is kept in memory has a fixed budget.
class GgufMetadataReader
{
public:
    static constexpr std::uint64_t kMaxStringLength = 16ULL << 20U; // chat templates run to ~100 KB
    static constexpr std::uint64_t kMaxStringBytesKept = 64ULL << 20U; // all kept strings together
    static constexpr std::uint64_t kMaxArrayLength = 1ULL << 30U;
    static constexpr std::uint64_t kMaxArrayItemsKept = 16384; // per array; per-layer arrays fit
    static constexpr std::uint64_t kMaxItemsKept = 1ULL << 18U; // all kept array items together (~20 MB)
    static constexpr int kMaxArrayDepth = 3;

    explicit GgufMetadataReader(GgufInput& input);

    // Reads one value of `type` (the type tag is already consumed).
    Result<GgufValue> readValue(std::uint32_t type);

private:
    Result<GgufValue> readValue(std::uint32_t type, int depth, bool keep);
    Result<GgufValue> readScalar(GgufValueType type);
    Result<GgufValue> readArray(int depth, bool keep);

    GgufInput& m_input;
    std::uint64_t m_stringBytesKept = 0;
    std::uint64_t m_itemsKept = 0;
};

} // namespace localrig::core::gguf
