// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GgmlType.h"

#include <array>
#include <limits>
#include <string>

namespace localrig::core::gguf {

namespace {

constexpr std::uint32_t kQkK = 256; // super-block of the K- and I-quants

// Block layouts from ggml-common.h as summarised in gguf-py constants.py (GGML_QUANT_SIZES).
constexpr std::array kTypes{
    GgmlType{0, "F32", 1, 4},
    GgmlType{1, "F16", 1, 2},
    GgmlType{2, "Q4_0", 32, 2 + 16},
    GgmlType{3, "Q4_1", 32, 2 + 2 + 16},
    GgmlType{6, "Q5_0", 32, 2 + 4 + 16},
    GgmlType{7, "Q5_1", 32, 2 + 2 + 4 + 16},
    GgmlType{8, "Q8_0", 32, 2 + 32},
    GgmlType{9, "Q8_1", 32, 2 + 2 + 32},
    GgmlType{10, "Q2_K", kQkK, 2 + 2 + kQkK / 16 + kQkK / 4},
    GgmlType{11, "Q3_K", kQkK, 2 + kQkK / 4 + kQkK / 8 + 12},
    GgmlType{12, "Q4_K", kQkK, 2 + 2 + kQkK / 2 + 12},
    GgmlType{13, "Q5_K", kQkK, 2 + 2 + kQkK / 2 + kQkK / 8 + 12},
    GgmlType{14, "Q6_K", kQkK, 2 + kQkK / 2 + kQkK / 4 + kQkK / 16},
    GgmlType{15, "Q8_K", kQkK, 4 + kQkK + kQkK / 8},
    GgmlType{16, "IQ2_XXS", kQkK, 2 + kQkK / 4},
    GgmlType{17, "IQ2_XS", kQkK, 2 + kQkK / 4 + kQkK / 32},
    GgmlType{18, "IQ3_XXS", kQkK, 2 + kQkK / 4 + kQkK / 8},
    GgmlType{19, "IQ1_S", kQkK, 2 + kQkK / 8 + kQkK / 16},
    GgmlType{20, "IQ4_NL", 32, 2 + 16},
    GgmlType{21, "IQ3_S", kQkK, 2 + kQkK / 4 + kQkK / 8 + kQkK / 32 + 4},
    GgmlType{22, "IQ2_S", kQkK, 2 + kQkK / 4 + kQkK / 16},
    GgmlType{23, "IQ4_XS", kQkK, 2 + 2 + kQkK / 2 + kQkK / 64},
    GgmlType{24, "I8", 1, 1},
    GgmlType{25, "I16", 1, 2},
    GgmlType{26, "I32", 1, 4},
    GgmlType{27, "I64", 1, 8},
    GgmlType{28, "F64", 1, 8},
    GgmlType{29, "IQ1_M", kQkK, kQkK / 8 + kQkK / 16 + kQkK / 32},
    GgmlType{30, "BF16", 1, 2},
    GgmlType{34, "TQ1_0", kQkK, 2 + 4 * 13},
    GgmlType{35, "TQ2_0", kQkK, 2 + 64},
    GgmlType{39, "MXFP4", 32, 1 + 16},
    GgmlType{40, "NVFP4", 64, 4 + 32},
    GgmlType{41, "Q1_0", 128, 2 + 16},
};

// llama.h llama_ftype; 4-6 and 33-35 were removed upstream.
constexpr std::array<std::string_view, 42> kFileTypes{
    "F32",    "F16",     "Q4_0",   "Q4_1",   "",       "",          "",       "Q8_0",  "Q5_0",    "Q5_1",   "Q2_K",
    "Q3_K_S", "Q3_K_M",  "Q3_K_L", "Q4_K_S", "Q4_K_M", "Q5_K_S",    "Q5_K_M", "Q6_K",  "IQ2_XXS", "IQ2_XS", "Q2_K_S",
    "IQ3_XS", "IQ3_XXS", "IQ1_S",  "IQ4_NL", "IQ3_S",  "IQ3_M",     "IQ2_S",  "IQ2_M", "IQ4_XS",  "IQ1_M",  "BF16",
    "",       "",        "",       "TQ1_0",  "TQ2_0",  "MXFP4_MOE", "NVFP4",  "Q1_0",  "",
};

} // namespace

const GgmlType* findGgmlType(std::uint32_t id)
{
    for (const GgmlType& type : kTypes) {
        if (type.id == id) {
            return &type;
        }
    }
    return nullptr;
}

Result<std::uint64_t> ggmlTensorBytes(const GgmlType& type, std::uint64_t rowLength, std::uint64_t elements)
{
    if (rowLength % type.blockSize != 0) {
        return makeError(ErrorCode::CorruptCatalog,
                         "row of " + std::to_string(rowLength) + " elements is not a whole number of "
                             + std::string(type.name) + " blocks of " + std::to_string(type.blockSize));
    }
    const std::uint64_t blocks = elements / type.blockSize;
    if (blocks > std::numeric_limits<std::uint64_t>::max() / type.typeSize) {
        return makeError(ErrorCode::CorruptCatalog, "tensor byte size overflows 64 bits");
    }
    return blocks * type.typeSize;
}

std::string_view llamaFileTypeName(std::uint32_t fileType)
{
    return fileType < kFileTypes.size() ? kFileTypes.at(fileType) : std::string_view();
}

} // namespace localrig::core::gguf
