// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace localrig::core {

// The file-format family a quantization belongs to (DESIGN.md: gguf/mlx/awq/gptq/fp8/qat).
enum class QuantFormat { Float, Gguf, Mlx, Awq, Gptq, Fp8, MicroFloat4, Qat };

// How the decode kernel dequantizes; the calibration fits efficiency per kernel class because
// F16, Q8_0, K-quants and MXFP4 cost different work per byte read.
enum class QuantKernel { Float16, Q8, KQuant, Legacy4, IQuant, Fp4, Other };

struct Quantization
{
    std::string id; // e.g. "q4_k_m"
    std::string name; // e.g. "Q4_K_M"
    QuantFormat format = QuantFormat::Gguf;
    QuantKernel kernel = QuantKernel::KQuant;
    double bitsPerWeight = 16.0; // effective, scales and mixed tensors included
};

} // namespace localrig::core
