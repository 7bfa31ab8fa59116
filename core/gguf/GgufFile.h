// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GgmlType.h"
#include "GgufValue.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace localrig::core::gguf {

// One entry of the tensor-info table; the tensor's data itself is never read.
struct GgufTensorInfo
{
    std::string name;
    std::vector<std::uint64_t> dims; // ne[0] (row length) first, as on disk
    const GgmlType* type = nullptr; // never null once read
    std::uint64_t offset = 0; // relative to the tensor-data section
    std::uint64_t elements = 0;
    std::uint64_t bytes = 0; // exact: elements / block size x block bytes
};

struct GgufKeyValue
{
    std::string key;
    GgufValue value;
};

// What the header of a GGUF file says: metadata and tensor infos, validated against the file's size.
struct GgufFile
{
    std::uint32_t version = 0;
    std::uint64_t fileSize = 0;
    std::uint64_t alignment = 32; // general.alignment, default 32
    std::uint64_t dataOffset = 0; // first byte of the tensor-data section
    std::vector<GgufKeyValue> metadata;
    std::vector<GgufTensorInfo> tensors;

    const GgufValue* find(std::string_view key) const
    {
        for (const GgufKeyValue& entry : metadata) {
            if (entry.key == key) {
                return &entry.value;
            }
        }
        return nullptr;
    }
};

} // namespace localrig::core::gguf
