// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <cstdint>
#include <string_view>

// The ggml tensor types a GGUF file may hold, with their block layout (ggml.c type_traits, gguf-py
// GGML_QUANT_SIZES): a row of `blockSize` elements is stored in `typeSize` bytes.
namespace localrig::core::gguf {

struct GgmlType
{
    std::uint32_t id = 0;
    std::string_view name;
    std::uint32_t blockSize = 1; // elements per block
    std::uint32_t typeSize = 0; // bytes per block
};

// The type with this id, or nullptr for ids that are unknown or whose support ggml removed
// (4, 5 Q4_2/Q4_3; 31-33, 36-38 repacked types never valid in files).
const GgmlType* findGgmlType(std::uint32_t id);

// Exact bytes of a tensor of `elements` elements whose first dimension is `rowLength`:
// elements / blockSize x typeSize. Fails if the row is not a whole number of blocks or on overflow.
Result<std::uint64_t> ggmlTensorBytes(const GgmlType& type, std::uint64_t rowLength, std::uint64_t elements);

// llama.cpp's name for a `general.file_type` value (15 -> "Q4_K_M"); empty if unknown.
std::string_view llamaFileTypeName(std::uint32_t fileType);

} // namespace localrig::core::gguf
